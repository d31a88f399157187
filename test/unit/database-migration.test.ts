import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, VERSION_1_STORES, VERSION_2_CHANGES, type CarebarDatabase } from '../../lib/db/database';
import { searchHandoffs, searchNotes } from '../../lib/db/search';
import { notesForCustomer } from '../../lib/db/notes';
import { dueReminders } from '../../lib/db/reminders';
import { restoreNote } from '../../lib/db/notes';
import { listReplies, moveFavourite } from '../../lib/db/boilerplate';

let upgraded: CarebarDatabase | undefined;
afterEach(async () => {
  await upgraded?.delete();
});

describe('database upgrades', () => {
  it('upgrades a database filled at version 1: word index built, new indexes answer', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSION_1_STORES);
    await v1.table('notes').bulkAdd([
      { id: 'n1', subject: { network: 'x', handle: 'ann' }, body: 'Refund promised', authorId: 'me', createdAt: 1, updatedAt: 1 },
      { id: 'n2', subject: { network: 'x', handle: 'ann', postId: '7' }, body: 'Called back', authorId: 'me', createdAt: 2, updatedAt: 2 },
    ]);
    await v1.table('reminders').add({
      id: 'r1', subject: { network: 'x', handle: 'ann' }, dueAt: 10, body: 'b', assigneeId: 'me', state: 'open', createdAt: 1, updatedAt: 1,
    });
    await v1.table('handoffs').add({ id: 'h1', body: 'Outage handled', authorId: 'me', createdAt: 3, updatedAt: 3 });
    await v1.table('seenPosts').add({ network: 'x', postId: '7', handle: 'ann', firstSeenAt: 1, lastSeenAt: 1 });
    v1.close();

    upgraded = openDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect((await notesForCustomer(upgraded, 'x', 'ann')).map((n) => n.id)).toEqual(['n2', 'n1']);
    expect((await searchNotes(upgraded, { words: 'refund' })).map((n) => n.id)).toEqual(['n1']);
    expect((await searchHandoffs(upgraded, { words: 'outage' })).map((h) => h.id)).toEqual(['h1']);
    expect((await dueReminders(upgraded, 10)).map((r) => r.id)).toEqual(['r1']);
    expect(await upgraded.seenPosts.count()).toBe(1);
  });

  it('upgrades a database filled at version 2: each queued change becomes an entry of one, still withdrawable', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores({ ...VERSION_1_STORES, ...VERSION_2_CHANGES });
    const note = { id: 'n1', subject: { network: 'x', handle: 'ann' }, body: 'Refund promised', authorId: 'me', createdAt: 1, updatedAt: 2 };
    await v2.table('notes').add({ ...note, words: ['refund', 'promised'], deletedAt: 2 });
    await v2.table('outbox').bulkAdd([
      { name: 'note.put', args: note, clientTs: 1 },
      { name: 'note.delete', args: { id: 'n1' }, clientTs: 2 },
    ]);
    v2.close();

    upgraded = openDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await upgraded.outbox.toArray()).toEqual([
      { seq: 1, mutations: [{ name: 'note.put', args: note }], clientTs: 1 },
      { seq: 2, mutations: [{ name: 'note.delete', args: { id: 'n1' } }], clientTs: 2 },
    ]);
    // Undoing the delete takes the queued delete back rather than queueing a copy.
    await restoreNote(upgraded, 'n1', 3);
    expect(await upgraded.outbox.toArray()).toEqual([{ seq: 1, mutations: [{ name: 'note.put', args: note }], clientTs: 1 }]);
  });

  it('upgrades a database filled at version 3: the team library kept, favourites start empty and work', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({ ...VERSION_1_STORES, ...VERSION_2_CHANGES, notes: 'id, [subject.network+subject.handle+createdAt], createdAt, *words, unindexed' });
    const reply = { id: 'b1', title: 'Refund', body: 'Hi {name}', tags: [], codes: [], categories: [], networks: [], updatedAt: 1 };
    await v3.table('boilerplate').add(reply);
    v3.close();

    upgraded = openDatabase(name);
    await upgraded.open();
    expect(upgraded.verno).toBe(4);
    expect(await listReplies(upgraded)).toEqual({ replies: [reply], favourites: [] });
    expect(await moveFavourite(upgraded, 'b1', 'add')).toEqual(['b1']);
  });
});
