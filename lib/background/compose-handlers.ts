import { STARTER_LIBRARY } from '../boilerplate/starter-library';
import { defaultPolicy } from '../classify/policy';
import type { CarebarDatabase, Stored } from '../db/database';
import type { Handlers, Sender } from '../messages/serve';

export interface ComposeDeps {
  db: CarebarDatabase;
  agentName: () => Promise<string>;
  /** Runs the reply assistant's script in the sender's frame (a browser API, passed in for tests). */
  loadAssistant: (tabId: number, frameId: number) => Promise<void>;
}

/** Drops the local soft-delete mark: the message carries the synced shape only. */
function live<T extends object>(rows: readonly Stored<T>[]): T[] {
  return rows.filter((row) => row.deletedAt === undefined).map(({ deletedAt: _deleted, ...row }) => row as T);
}

/** The background's side of the reply assistant. */
export function composeHandlers({ db, agentName, loadAssistant }: ComposeDeps): Pick<Handlers, 'compose/context' | 'compose/load'> {
  return {
    'compose/load': async (_request, { tabId, frameId }: Sender) => {
      if (tabId === undefined) throw new Error('The reply assistant loads only into a tab.');
      await loadAssistant(tabId, frameId ?? 0);
      return {};
    },
    'compose/context': async () => {
      const [rows, policyRow, name] = await Promise.all([db.boilerplate.toArray(), db.policy.get('team'), agentName()]);
      const library = live(rows);
      const [policy] = live(policyRow ? [policyRow] : []);
      return { library: library.length > 0 ? library : [...STARTER_LIBRARY], policy: policy ?? defaultPolicy(), agentName: name };
    },
  };
}
