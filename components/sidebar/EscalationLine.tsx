import type { Policy, TriageCode } from '../../lib/sync/records';
import { excerpt } from '../../lib/text/excerpt';

export type EscalationContact = Policy['contacts'][number];

/** The codes a person may need to hand on at once (`product.md`: Red and Orange). */
const ESCALATED: ReadonlySet<TriageCode> = new Set(['red', 'orange']);
/** More would crowd the entry; the options page lists them all. */
const SHOWN = 2;

/** "Escalate to Dana Reyes (Legal, #legal-urgent, 9–17)", for a Red or Orange post only. */
export function EscalationLine({ code, contacts }: { code: TriageCode; contacts: readonly EscalationContact[] }) {
  if (!ESCALATED.has(code) || contacts.length === 0) return null;
  const shown = contacts.slice(0, SHOWN).map(describe);
  const more = contacts.length - SHOWN;
  return (
    <span class="entry__escalate">
      Escalate to {shown.join('; ')}
      {more > 0 && ` (+${more} more)`}
    </span>
  );
}

function describe({ name, role, reach, hours }: EscalationContact): string {
  const details = [role, reach, hours ?? ''].filter((part) => part.trim() !== '').map((part) => excerpt(part, 40));
  return details.length > 0 ? `${excerpt(name, 40)} (${details.join(', ')})` : excerpt(name, 40);
}
