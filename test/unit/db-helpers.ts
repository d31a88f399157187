import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { openDatabase, type CarebarDatabase, type PendingMutation } from '../../lib/db/database';

const opened: CarebarDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

/** A fresh database of its own for one test, deleted afterwards. */
export function freshDatabase(): CarebarDatabase {
  const db = openDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** Every queued mutation, in push order, as one list whatever entries hold them. */
export async function queued(db: CarebarDatabase): Promise<PendingMutation[]> {
  return (await db.outbox.toArray()).flatMap((entry) => entry.mutations);
}
