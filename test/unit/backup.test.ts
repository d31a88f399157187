import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { exportBackup, importBackup, parseBackup } from '../../lib/data/backup';
import { createHandoff } from '../../lib/db/handoffs';
import { createNote, deleteNote } from '../../lib/db/notes';
import { createReminder } from '../../lib/db/reminders';
import { searchNotes } from '../../lib/db/search';
import { describeError } from '../../lib/db/storage-errors';
import { indexPendingNotes } from '../../lib/db/word-index';
import { freshDatabase, queued } from './db-helpers';
import { background } from './fake-background';

const ann = { network: 'x', handle: 'ann' };
const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function filled() {
  const db = freshDatabase();
  const kept = await createNote(db, ann, 'Refund promised', { authorId: 'me', now: 1_000 });
  const gone = await createNote(db, ann, 'Gone', { authorId: 'me', now: 1_100 });
  await deleteNote(db, gone.id, 1_200);
  const reminder = await createReminder(db, { subject: ann, body: 'call', dueAt: 9_000 }, 'me', 1_300);
  await createHandoff(db, { body: 'Quiet' }, 'me', 1_400);
  return { db, kept, reminder };
}

describe('backup file', () => {
  it('exports every live record in protocol shapes, and imports it into an empty database', async () => {
    const { db, kept, reminder } = await filled();
    const backup = await exportBackup(db, 5_000);
    expect(backup).toMatchObject({ format: 'carebar-backup', version: 1, exportedAt: 5_000, notes: [kept], reminders: [reminder], boilerplate: [], policy: [] });
    expect(backup.handoffs).toHaveLength(1);

    const other = freshDatabase();
    const parsed = parseBackup(JSON.stringify(backup));
    if (!parsed.ok) throw new Error(parsed.reason);
    await expect(importBackup(other, parsed.backup, 6_000)).resolves.toEqual({ notes: 1, reminders: 1, handoffs: 1, boilerplate: 0, policy: 0 });
    expect((await searchNotes(other, { words: 'refund' })).map((n) => n.id)).toEqual([kept.id]);
    expect((await queued(other)).map((e) => e.name).sort()).toEqual(['handoff.put', 'note.put', 'reminder.put']);
  });

  it('queues an import a push at a time, and indexes its notes after: search finds them before and after', async () => {
    const db = freshDatabase();
    const notes = Array.from({ length: 250 }, (_, i) => ({
      id: `imported-${i}`, subject: ann, body: i % 2 === 0 ? `Refund ${i} sent` : `Called ${i}`, authorId: 'me', createdAt: i, updatedAt: i,
    }));
    const backup = { format: 'carebar-backup' as const, version: 1 as const, exportedAt: 1, notes, reminders: [], handoffs: [], boilerplate: [], policy: [] };
    await importBackup(db, backup, 6_000);
    expect((await db.outbox.toArray()).map((entry) => entry.mutations.length)).toEqual([100, 100, 50]);
    expect((await queued(db)).map((m) => (m.args).id)).toEqual(notes.map((n) => n.id));

    const refunds = notes.filter((_, i) => i % 2 === 0).map((n) => n.id).reverse();
    expect(await db.notes.where('unindexed').equals(1).count()).toBe(250);
    expect((await searchNotes(db, { words: 'refund', limit: 500 })).map((n) => n.id)).toEqual(refunds);
    await expect(indexPendingNotes(db)).resolves.toBe(250);
    expect(await db.notes.where('unindexed').equals(1).count()).toBe(0);
    expect((await searchNotes(db, { words: 'refund', limit: 500 })).map((n) => n.id)).toEqual(refunds);
    // What the index adds never leaves the device.
    expect(sortById((await exportBackup(db, 7_000)).notes)).toEqual(sortById(notes));
  });

  it('keeps what is newer here, takes what is newer in the file', async () => {
    const { db, kept } = await filled();
    const backup = await exportBackup(db, 5_000);
    backup.notes = [{ ...kept, body: 'older edit', updatedAt: 500 }];
    backup.reminders = backup.reminders.map((r) => ({ ...r, body: 'newer', updatedAt: 9_999 }));
    const counts = await importBackup(db, backup, 6_000);
    expect(counts).toMatchObject({ notes: 0, reminders: 1 });
    expect((await db.notes.get(kept.id))?.body).toBe('Refund promised');
    expect((await db.reminders.toArray())[0]?.body).toBe('newer');
  });

  it('refuses what is not JSON, not a Carebar backup, another version or damaged, saying why', async () => {
    const { db } = await filled();
    const valid = await exportBackup(db, 5_000);
    expect(parseBackup('{oops')).toEqual({ ok: false, reason: 'This file is not JSON, so it is not a Carebar backup.' });
    expect(parseBackup('{"name":"some other app"}')).toEqual({ ok: false, reason: 'This file is not a Carebar backup.' });
    expect(parseBackup(JSON.stringify({ ...valid, version: 2 }))).toEqual({ ok: false, reason: 'This backup is version 2; this Carebar reads version 1.' });
    const damaged = parseBackup(JSON.stringify({ ...valid, notes: [{ ...valid.notes[0], body: 42 }] }));
    expect(damaged).toMatchObject({ ok: false, reason: expect.stringMatching(/^This backup is damaged: .*notes\[0\]\.body/s) as unknown });
    expect(parseBackup(JSON.stringify({ ...valid, extra: true }))).toMatchObject({ ok: false });
  });

  it('through the message: an invalid file changes nothing and the reply says why', async () => {
    const { db } = await filled();
    const before = { notes: await db.notes.toArray(), outbox: await db.outbox.count() };
    const bg = background(db);
    await expect(bg.serve({ name: 'data/import', payload: { text: '{"format":"carebar-backup","version":1}' } })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/This backup is damaged/) as unknown,
    });
    expect(await db.notes.toArray()).toEqual(before.notes);
    expect(await db.outbox.count()).toBe(before.outbox);
  });

  it('an import that fails half way (a full disk) leaves nothing behind, and says the disk is full', async () => {
    const { db } = await filled();
    const backup = await exportBackup(db, 5_000);
    const other = freshDatabase();
    const full = new DOMException('Quota exceeded', 'QuotaExceededError');
    vi.spyOn(other.handoffs, 'bulkPut').mockRejectedValue(full);
    const bg = background(other);
    await expect(bg.serve({ name: 'data/import', payload: { text: JSON.stringify(backup) } })).resolves.toEqual({
      ok: false,
      error: 'The disk is full: Carebar could not save this. Free some space and try again.',
    });
    expect(await other.notes.count()).toBe(0);
    expect(await other.outbox.count()).toBe(0);
  });
});

describe('describeError', () => {
  it('names a full disk, also when Dexie wraps it, and passes other messages through', () => {
    const inner = new DOMException('Quota', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('AbortError'), { name: 'AbortError', inner });
    expect(describeError(wrapped)).toMatch(/^The disk is full/);
    expect(describeError(new Error('That note no longer exists.'))).toBe('That note no longer exists.');
  });
});
