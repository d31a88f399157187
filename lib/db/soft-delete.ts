import type { Table } from 'dexie';
import type { CarebarDatabase } from './database';
import { enqueue } from './outbox';

interface Deletable {
  deletedAt?: number;
  updatedAt: number;
}

/**
 * A soft delete of a synced record: the row stays, marked, so the delete can travel to the
 * team server and be undone; its `*.delete` mutation is queued in the same transaction. A row
 * already gone or deleted is left alone.
 */
export async function softDelete<T extends Deletable>(
  db: CarebarDatabase,
  table: Table<T, string>,
  mutation: 'note.delete' | 'handoff.delete' | 'boilerplate.delete',
  id: string,
  now: number,
): Promise<void> {
  await db.transaction('rw', table, db.outbox, async () => {
    const row = await table.get(id);
    if (!row || row.deletedAt !== undefined) return;
    await table.put({ ...row, deletedAt: now, updatedAt: now });
    await enqueue(db, mutation, { id }, now);
  });
}
