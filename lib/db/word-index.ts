import { indexWords } from '../text/words';
import type { CarebarDatabase, NoteRow } from './database';

/** Small enough that one transaction never holds the database for long. */
const NOTES_PER_TRANSACTION = 500;

/** A note's words: from the index, or from its body while it waits to be indexed. */
export function noteWords(row: NoteRow): readonly string[] {
  return row.unindexed === 1 ? indexWords(row.body) : row.words;
}

/**
 * Indexes the words of notes written without them (an import), a batch per transaction, until
 * none is left; returns how many it indexed. Safe to run again after an interruption: a note is
 * marked indexed in the transaction that writes its words.
 */
export async function indexPendingNotes(db: CarebarDatabase): Promise<number> {
  let indexed = 0;
  for (;;) {
    const done = await db.transaction('rw', db.notes, async () => {
      const rows = await db.notes.where('unindexed').equals(1).limit(NOTES_PER_TRANSACTION).toArray();
      await db.notes.bulkPut(rows.map(({ unindexed, ...row }) => ({ ...row, words: indexWords(row.body) })));
      return rows.length;
    });
    indexed += done;
    if (done < NOTES_PER_TRANSACTION) return indexed;
  }
}

/** Notes still waiting for their words, newest first: search reads them directly. */
export function unindexedNotes(db: CarebarDatabase): Promise<NoteRow[]> {
  return db.notes.where('unindexed').equals(1).toArray();
}
