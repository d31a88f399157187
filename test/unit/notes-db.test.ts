import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createNote, deleteNote, editNote, notesForCustomer, notesWrittenBetween, restoreNote } from '../../lib/db/notes';
import { noteSchema } from '../../lib/sync/records';
import { freshDatabase, queued } from './db-helpers';

const ann = { network: 'x', handle: 'ann' };
const author = (now: number) => ({ authorId: 'agent-1', now });

describe('notes', () => {
  it('creates a note with a client id and queues note.put with the whole record, in one go', async () => {
    const db = freshDatabase();
    const note = await createNote(db, { ...ann, postId: '1' }, 'Refund promised', author(1_000));
    expect(note.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(noteSchema.parse(note)).toEqual(note);
    expect(await db.outbox.toArray()).toEqual([{ seq: 1, mutations: [{ name: 'note.put', args: note }], clientTs: 1_000 }]);
  });

  it('lists a customer’s notes newest first, without deleted ones or other customers’', async () => {
    const db = freshDatabase();
    await createNote(db, ann, 'first', author(1_000));
    const second = await createNote(db, { ...ann, postId: '9' }, 'second', author(2_000));
    await createNote(db, { network: 'x', handle: 'bob' }, 'bob’s', author(3_000));
    const third = await createNote(db, ann, 'third', author(4_000));
    await deleteNote(db, third.id, 5_000);
    expect((await notesForCustomer(db, 'x', 'ann')).map((n) => n.body)).toEqual(['second', 'first']);
    expect((await notesForCustomer(db, 'x', 'ann'))[0]).toEqual(second);
  });

  it('edits a note and queues the new version', async () => {
    const db = freshDatabase();
    const note = await createNote(db, ann, 'old', author(1_000));
    const edited = await editNote(db, note.id, 'new words', 2_000);
    expect(edited).toEqual({ ...note, body: 'new words', updatedAt: 2_000 });
    expect((await db.notes.get(note.id))?.words).toEqual(['new', 'words']);
    expect((await queued(db)).map((e) => e.name)).toEqual(['note.put', 'note.put']);
  });

  it('deletes softly and undoes a delete that has not left the device by taking it back', async () => {
    const db = freshDatabase();
    const note = await createNote(db, ann, 'keep me', author(1_000));
    await deleteNote(db, note.id, 2_000);
    expect(await db.notes.get(note.id)).toMatchObject({ deletedAt: 2_000 });
    expect((await queued(db)).map((e) => e.name)).toEqual(['note.put', 'note.delete']);

    await expect(restoreNote(db, note.id, 3_000)).resolves.toEqual({ ...note, updatedAt: 2_000 });
    expect((await queued(db)).map((e) => e.name)).toEqual(['note.put']);
    expect(await notesForCustomer(db, 'x', 'ann')).toHaveLength(1);
  });

  it('undoes a delete that was already pushed under a new id, since the server keeps deletes', async () => {
    const db = freshDatabase();
    const note = await createNote(db, ann, 'keep me', author(1_000));
    await deleteNote(db, note.id, 2_000);
    await db.outbox.clear();
    const restored = await restoreNote(db, note.id, 3_000);
    expect(restored.id).not.toBe(note.id);
    expect(restored).toMatchObject({ body: 'keep me', createdAt: 1_000, updatedAt: 3_000 });
    expect(await db.outbox.toArray()).toEqual([{ seq: 3, mutations: [{ name: 'note.put', args: restored }], clientTs: 3_000 }]);
  });

  it('refuses to edit a deleted note or restore a live one', async () => {
    const db = freshDatabase();
    const note = await createNote(db, ann, 'x', author(1_000));
    await expect(restoreNote(db, note.id, 2_000)).rejects.toThrow(/not deleted/);
    await deleteNote(db, note.id, 2_000);
    await expect(editNote(db, note.id, 'y', 3_000)).rejects.toThrow(/no longer exists/);
  });

  it('lists the notes written in a time range', async () => {
    const db = freshDatabase();
    await createNote(db, ann, 'before', author(1_000));
    await createNote(db, ann, 'during', author(5_000));
    expect((await notesWrittenBetween(db, 2_000, 9_000)).map((n) => n.body)).toEqual(['during']);
  });
});
