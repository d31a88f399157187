import { useEffect, useRef, useState } from 'preact/hooks';
import type { SendMessage } from '../../../lib/messages/send';
import type { Policy } from '../../../lib/sync/records';
import { browserTeamStore, type TeamStore } from '../../../lib/sync/team-connection';
import { PeopleSection } from './PeopleSection';
import { SlaSection } from './SlaSection';
import { TeamServerSection } from './TeamServerSection';
import { ToneRulesSection } from './ToneRulesSection';
import type { SectionProps } from './types';
import { useTeamRole } from './useTeamRole';
import './policy.css';

export interface PolicySettingsProps {
  send: SendMessage;
  team?: TeamStore;
  /** For "Test connection"; tests pass a fake. */
  fetch?: typeof fetch;
  timeZones?: readonly string[];
}

/** Read once: a default parameter would build a new list, and a new zone check, on every render. */
const BROWSER_TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** The team's policy ("Tone rules", "SLAs", "People") and the "Team server" it comes from. */
export function PolicySettings({ send, team = browserTeamStore, fetch: fetchImpl, timeZones = BROWSER_TIME_ZONES }: PolicySettingsProps) {
  const role = useTeamRole(team);
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Sections save one after another; each merges into the latest stored policy, not the one it rendered with.
  const latest = useRef<Policy | null>(null);

  useEffect(() => {
    send('policy/get', {}).then(
      (loaded) => {
        latest.current = loaded;
        setPolicy(loaded);
      },
      (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)),
    );
  }, [send]);

  const save: SectionProps['save'] = async (part) => {
    if (!latest.current) throw new Error('The policy has not loaded yet.');
    const saved = await send('policy/save', { ...latest.current, ...part });
    latest.current = saved;
    setPolicy(saved);
    return saved;
  };

  const readOnly = role === 'agent';
  return (
    <>
      {policy ? (
        <>
          <ToneRulesSection policy={policy} readOnly={readOnly} save={save} />
          <SlaSection policy={policy} readOnly={readOnly} save={save} timeZones={timeZones} />
          <PeopleSection policy={policy} readOnly={readOnly} save={save} />
        </>
      ) : (
        <section class="options policy" aria-label="Team policy">
          <p role={loadError ? 'alert' : 'status'}>{loadError ? `The team’s policy could not be read: ${loadError}` : 'Loading the team’s policy…'}</p>
        </section>
      )}
      <TeamServerSection store={team} {...(fetchImpl ? { fetch: fetchImpl } : {})} />
    </>
  );
}
