import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteReply, duplicateReply, listReplies, moveFavourite, restoreReply, saveReply, type ReplyInput } from '../../lib/db/boilerplate';
import { exportBackup } from '../../lib/data/backup';
import { backupSchema } from '../../lib/sync/backup-file';
import { freshDatabase, queued } from './db-helpers';

const refund: ReplyInput = { title: 'Refund on its way', body: 'Hi {name}, your refund is on its way.', tags: ['billing'], codes: ['yellow'], categories: ['billing'], networks: [] };

describe('boilerplate repository', () => {
  it('creates and edits replies, each change queued whole, newest edit listed first', async () => {
    const db = freshDatabase();
    const first = await saveReply(db, refund, 10);
    const second = await saveReply(db, { ...refund, title: 'Outage' }, 20);
    expect(first).toMatchObject({ title: 'Refund on its way', updatedAt: 10 });
    expect(first.id).not.toBe(second.id);
    expect((await listReplies(db)).replies.map((reply) => reply.title)).toEqual(['Outage', 'Refund on its way']);

    const edited = await saveReply(db, { ...refund, id: first.id, body: 'Hello {name}' }, 30);
    expect(edited).toEqual({ ...first, body: 'Hello {name}', updatedAt: 30 });
    expect((await listReplies(db)).replies.map((reply) => reply.title)).toEqual(['Refund on its way', 'Outage']);
    expect(await queued(db)).toEqual([
      { name: 'boilerplate.put', args: first },
      { name: 'boilerplate.put', args: second },
      { name: 'boilerplate.put', args: edited },
    ]);
  });

  it('refuses what the sync protocol would refuse, and edits of a deleted reply', async () => {
    const db = freshDatabase();
    await expect(saveReply(db, { ...refund, title: '' }, 1)).rejects.toThrow();
    const reply = await saveReply(db, refund, 1);
    await deleteReply(db, reply.id, 2);
    await expect(saveReply(db, { ...refund, id: reply.id }, 3)).rejects.toThrow('That reply no longer exists.');
    expect(await db.boilerplate.count()).toBe(1);
  });

  it('duplicates as "Copy of …", a new record with the same content', async () => {
    const db = freshDatabase();
    const reply = await saveReply(db, { ...refund, title: 'x'.repeat(200) }, 1);
    const copy = await duplicateReply(db, reply.id, 2);
    expect(copy.id).not.toBe(reply.id);
    expect(copy.title).toBe(`Copy of ${'x'.repeat(192)}`);
    expect(copy).toMatchObject({ body: refund.body, tags: refund.tags, codes: refund.codes, updatedAt: 2 });
  });

  it('undoes a delete still queued by taking the delete back', async () => {
    const db = freshDatabase();
    const reply = await saveReply(db, refund, 1);
    await deleteReply(db, reply.id, 2);
    expect((await listReplies(db)).replies).toEqual([]);
    expect((await queued(db)).map((m) => m.name)).toEqual(['boilerplate.put', 'boilerplate.delete']);

    // As notes do, the record keeps the delete's time: it was last changed then.
    const restored = { ...reply, updatedAt: 2 };
    expect(await restoreReply(db, reply.id, 3)).toEqual(restored);
    expect((await listReplies(db)).replies).toEqual([restored]);
    expect((await queued(db)).map((m) => m.name)).toEqual(['boilerplate.put']);
  });

  it('undoes a delete already pushed with a copy under a new id, keeping its favourite place', async () => {
    const db = freshDatabase();
    const reply = await saveReply(db, refund, 1);
    const other = await saveReply(db, { ...refund, title: 'Other' }, 1);
    await moveFavourite(db, reply.id, 'add');
    await moveFavourite(db, other.id, 'add');
    await deleteReply(db, reply.id, 2);
    await db.outbox.clear();

    const copy = await restoreReply(db, reply.id, 3);
    expect(copy.id).not.toBe(reply.id);
    expect(copy).toEqual({ ...reply, id: copy.id, updatedAt: 3 });
    expect(await queued(db)).toEqual([{ name: 'boilerplate.put', args: copy }]);
    expect((await listReplies(db)).favourites).toEqual([copy.id, other.id]);
  });

  it('keeps favourites in the agent’s order, moving past deleted ones, and never queues them', async () => {
    const db = freshDatabase();
    const [a, b, c] = [await saveReply(db, { ...refund, title: 'A' }, 1), await saveReply(db, { ...refund, title: 'B' }, 2), await saveReply(db, { ...refund, title: 'C' }, 3)];
    const pushes = (await queued(db)).length;
    await moveFavourite(db, a.id, 'add');
    await moveFavourite(db, b.id, 'add');
    expect(await moveFavourite(db, c.id, 'add')).toEqual([a.id, b.id, c.id]);
    expect(await moveFavourite(db, c.id, 'up')).toEqual([a.id, c.id, b.id]);
    expect(await moveFavourite(db, a.id, 'up')).toEqual([a.id, c.id, b.id]);
    expect(await moveFavourite(db, b.id, 'down')).toEqual([a.id, c.id, b.id]);
    expect((await queued(db)).length).toBe(pushes);

    await deleteReply(db, c.id, 4);
    expect((await listReplies(db)).favourites).toEqual([a.id, b.id]);
    expect(await moveFavourite(db, b.id, 'up')).toEqual([b.id, a.id]);
    await restoreReply(db, c.id, 5);
    expect((await listReplies(db)).favourites).toEqual([b.id, c.id, a.id]);

    expect(await moveFavourite(db, c.id, 'remove')).toEqual([b.id, a.id]);
    await expect(moveFavourite(db, 'gone', 'add')).rejects.toThrow('That reply no longer exists.');
  });

  it('leaves favourites out of the backup, which stays a valid backup file', async () => {
    const db = freshDatabase();
    const reply = await saveReply(db, refund, 1);
    await moveFavourite(db, reply.id, 'add');
    const backup = await exportBackup(db, 2);
    expect(backupSchema.parse(backup).boilerplate).toEqual([reply]);
  });
});
