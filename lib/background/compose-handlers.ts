import { STARTER_LIBRARY } from '../boilerplate/starter-library';
import { defaultPolicy } from '../classify/policy';
import type { CarebarDatabase, Stored } from '../db/database';
import type { Handlers } from '../messages/serve';

export interface ComposeDeps {
  db: CarebarDatabase;
  agentName: () => Promise<string>;
}

/** Drops the local soft-delete mark: the message carries the synced shape only. */
function live<T extends object>(rows: readonly Stored<T>[]): T[] {
  return rows.filter((row) => row.deletedAt === undefined).map(({ deletedAt: _deleted, ...row }) => row as T);
}

/** The background's side of the reply assistant. */
export function composeHandlers({ db, agentName }: ComposeDeps): Pick<Handlers, 'compose/context'> {
  return {
    'compose/context': async () => {
      const [rows, policyRow, name] = await Promise.all([db.boilerplate.toArray(), db.policy.get('team'), agentName()]);
      const library = live(rows);
      const [policy] = live(policyRow ? [policyRow] : []);
      return { library: library.length > 0 ? library : [...STARTER_LIBRARY], policy: policy ?? defaultPolicy(), agentName: name };
    },
  };
}
