import type { CarebarDatabase } from '../db/database';
import { readPolicy, savePolicy } from '../db/policy';
import type { Handlers } from '../messages/serve';
import type { Policy } from '../sync/records';
import type { TeamRole } from '../sync/team-connection';
import { managerOnly } from './manager-only';

export interface PolicyDeps {
  db: CarebarDatabase;
  /** This browser's role in its team (null without one): an agent's copy is the team's, read-only. */
  teamRole: () => Promise<TeamRole | null>;
  /** Runs after a save is stored: triage and every open tab take the new policy from here. */
  onSaved: (policy: Policy) => Promise<void>;
  now?: () => number;
}

/** The background's side of the options page's policy sections, and the sidebar's escalation line. */
export function policyHandlers({ db, teamRole, onSaved, now = Date.now }: PolicyDeps): Pick<Handlers, 'policy/get' | 'policy/save' | 'policy/escalation'> {
  return {
    'policy/get': () => readPolicy(db),
    'policy/save': async (policy) => {
      await managerOnly(teamRole);
      const saved = await savePolicy(db, policy, now());
      await onSaved(saved);
      return saved;
    },
    'policy/escalation': async () => ({ contacts: (await readPolicy(db)).contacts }),
  };
}
