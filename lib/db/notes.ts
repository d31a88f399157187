import Dexie from 'dexie';
import type { Note, Subject } from '../sync/records';
import { indexWords } from '../text/words';
import type { CarebarDatabase, NoteRow } from './database';
import { enqueue, withdraw } from './outbox';
import { softDelete } from './soft-delete';

export interface Author {
  authorId: string;
  now: number;
}

/** The record as the sync protocol knows it, without what only this device keeps. */
export function noteRecord({ words, deletedAt, unindexed, ...note }: NoteRow): Note {
  return note;
}

function live(row: NoteRow | undefined): row is NoteRow {
  return row !== undefined && row.deletedAt === undefined;
}

export async function createNote(db: CarebarDatabase, subject: Subject, body: string, { authorId, now }: Author): Promise<Note> {
  const row: NoteRow = { id: crypto.randomUUID(), subject, body, authorId, createdAt: now, updatedAt: now, words: indexWords(body) };
  await db.transaction('rw', db.notes, db.outbox, async () => {
    await db.notes.add(row);
    await enqueue(db, 'note.put', noteRecord(row), now);
  });
  return noteRecord(row);
}

export async function editNote(db: CarebarDatabase, id: string, body: string, now: number): Promise<Note> {
  return db.transaction('rw', db.notes, db.outbox, async () => {
    const row = await db.notes.get(id);
    if (!live(row)) throw new Error('That note no longer exists.');
    const { unindexed, ...indexed } = row;
    const next: NoteRow = { ...indexed, body, updatedAt: now, words: indexWords(body) };
    await db.notes.put(next);
    await enqueue(db, 'note.put', noteRecord(next), now);
    return noteRecord(next);
  });
}

export function deleteNote(db: CarebarDatabase, id: string, now: number): Promise<void> {
  return softDelete(db, db.notes, 'note.delete', id, now);
}

/**
 * Undoes a delete. While the delete is still in the outbox it is simply taken back; once it has
 * been pushed the server keeps it (a delete wins over a later put), so the note comes back
 * under a new id.
 */
export async function restoreNote(db: CarebarDatabase, id: string, now: number): Promise<Note> {
  return db.transaction('rw', db.notes, db.outbox, async () => {
    const row = await db.notes.get(id);
    if (row?.deletedAt === undefined) throw new Error('That note is not deleted.');
    const { deletedAt, ...kept } = row;
    if (await withdraw(db, 'note.delete', id)) {
      await db.notes.put(kept);
      return noteRecord(kept);
    }
    const copy: NoteRow = { ...kept, id: crypto.randomUUID(), updatedAt: now };
    await db.notes.add(copy);
    await enqueue(db, 'note.put', noteRecord(copy), now);
    return noteRecord(copy);
  });
}

/** A customer's notes (those about one of their posts included), newest first. */
export async function notesForCustomer(db: CarebarDatabase, network: string, handle: string, limit = 100): Promise<Note[]> {
  const rows = await db.notes
    .where('[subject.network+subject.handle+createdAt]')
    .between([network, handle, Dexie.minKey], [network, handle, Dexie.maxKey])
    .reverse()
    .filter((row) => row.deletedAt === undefined)
    .limit(limit)
    .toArray();
  return rows.map(noteRecord);
}

/** Notes written in a time range, newest first (what a shift's digest lists). */
export async function notesWrittenBetween(db: CarebarDatabase, from: number, to: number, limit = 200): Promise<Note[]> {
  const rows = await db.notes
    .where('createdAt')
    .between(from, to, true, true)
    .reverse()
    .filter((row) => row.deletedAt === undefined)
    .limit(limit)
    .toArray();
  return rows.map(noteRecord);
}
