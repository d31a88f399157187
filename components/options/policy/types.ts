import type { Policy } from '../../../lib/sync/records';

/** What each policy section gets: the policy as saved, and a save of its own part of it. */
export interface SectionProps {
  policy: Policy;
  /** This browser is an agent of a team: the team's settings are shown, not edited. */
  readOnly: boolean;
  /** Saves the whole policy with `part` changed; resolves to it as stored, rejects with a message. */
  save: (part: Partial<Omit<Policy, 'id' | 'updatedAt'>>) => Promise<Policy>;
}
