import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandoff, deleteHandoff, listHandoffs, markHandoffRead, newestUnreadHandoff } from '../../lib/db/handoffs';
import { handoffSchema } from '../../lib/sync/records';
import { freshDatabase, queued } from './db-helpers';

describe('hand-offs', () => {
  it('creates a hand-off, read by its author, and queues handoff.put', async () => {
    const db = freshDatabase();
    const h = await createHandoff(db, { body: 'Quiet shift', shiftStart: 0, shiftEnd: 1_000 }, 'agent-1', 1_000);
    const { read, ...record } = h;
    expect(read).toBe(true);
    expect(handoffSchema.parse(record)).toEqual(record);
    expect(await db.outbox.toArray()).toEqual([{ seq: 1, mutations: [{ name: 'handoff.put', args: record }], clientTs: 1_000 }]);
  });

  it('lists newest first, shows the newest unread one until it is read, and deletes softly', async () => {
    const db = freshDatabase();
    const old = await createHandoff(db, { body: 'old' }, 'me', 1_000);
    const fresh = await createHandoff(db, { body: 'fresh' }, 'me', 2_000);
    await db.handoffs.update(fresh.id, { readAt: undefined });
    expect((await listHandoffs(db)).map((h) => h.body)).toEqual(['fresh', 'old']);
    expect(await newestUnreadHandoff(db)).toMatchObject({ id: fresh.id, read: false });

    await markHandoffRead(db, fresh.id, 3_000);
    expect(await newestUnreadHandoff(db)).toBeUndefined();
    expect(await db.handoffs.get(fresh.id)).toMatchObject({ readAt: 3_000 });

    await deleteHandoff(db, fresh.id, 4_000);
    expect((await listHandoffs(db)).map((h) => h.id)).toEqual([old.id]);
    expect((await queued(db)).at(-1)).toMatchObject({ name: 'handoff.delete', args: { id: fresh.id } });
  });
});
