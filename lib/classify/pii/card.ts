import type { PiiFinding } from '../types';
import { gluedAfter, gluedBefore, labelBefore } from './context';
import type { DigitRun } from './digit-runs';
import { isCardNumber } from './luhn';

/** Expiry dates and security codes written after a card are groups of at most four digits. */
const MAX_EXTRA_GROUP = 4;
/** Month, year and security code. */
const MAX_EXTRA_GROUPS = 3;

/**
 * A card number is a whole run of digit groups, in any grouping, or that run with one short
 * group before it (the end of an expiry date) or up to three short groups after it (expiry month and year, CVV).
 * A trimmed card must start with a group of at least four digits, as every issuer prints them,
 * so two phone numbers in a row ("212-555-0188 646-555-0199") never make one.
 *
 * Vetoes: a letter or link mark glued to the run (IBANs, URLs, codes), or an identifier or
 * phone label directly before it ("order 4111111111111111" is an order number; a label after
 * the number is not read).
 */
export function findCards(text: string, runs: readonly DigitRun[]): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const run of runs) {
    const span = cardInRun(text, run);
    if (span) findings.push({ kind: 'card', ...span });
  }
  return findings;
}

function cardInRun(text: string, run: DigitRun): { start: number; end: number } | null {
  const { groups } = run;
  const first = groups[0];
  if (!first || /\p{L}/u.test(text.charAt(run.start - 1)) || gluedAfter(text, run.end)) return null;
  if (labelBefore(text, run.start) !== null) return null;

  const canDropFirst = groups.length > 1 && first.digits.length <= MAX_EXTRA_GROUP;
  const firstGlued = gluedBefore(text, run.start);
  for (let from = firstGlued ? 1 : 0; from <= (canDropFirst ? 1 : 0); from++) {
    for (let to = groups.length; to >= Math.max(from + 1, groups.length - MAX_EXTRA_GROUPS); to--) {
      const trimmed = from > 0 || to < groups.length;
      const head = groups[from];
      const tail = groups[to - 1];
      if (!head || !tail) continue;
      if (trimmed && (head.digits.length < 4 || !dropsOnlyShortGroups(groups, to))) continue;
      const digits = groups
        .slice(from, to)
        .map((group) => group.digits)
        .join('');
      if (isCardNumber(digits)) return { start: head.start, end: tail.end };
    }
  }
  return null;
}

function dropsOnlyShortGroups(groups: DigitRun['groups'], to: number): boolean {
  return groups.slice(to).every((group) => group.digits.length <= MAX_EXTRA_GROUP);
}
