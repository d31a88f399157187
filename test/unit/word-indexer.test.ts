import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createWordIndexer } from '../../lib/background/word-indexer';
import type { NoteRow } from '../../lib/db/database';
import { searchNotes } from '../../lib/db/search';
import { freshDatabase } from './db-helpers';

const imported = (id: string, body: string): NoteRow => ({
  id, subject: { network: 'x', handle: 'ann' }, body, authorId: 'me', createdAt: 1, updatedAt: 1, words: [], unindexed: 1,
});

describe('word indexer', () => {
  it('indexes notes imported while it runs, and every note once it is done', async () => {
    const db = freshDatabase();
    await db.notes.bulkAdd(Array.from({ length: 1_200 }, (_, i) => imported(`a${i}`, `refund ${i}`)));
    const index = createWordIndexer(db);
    const first = index();
    await db.notes.add(imported('late', 'refund late'));
    const second = index();
    // Asked again before the second run started: the queued run covers it.
    expect(index()).toBe(second);
    await Promise.all([first, second]);
    expect(await db.notes.where('unindexed').equals(1).count()).toBe(0);
    expect((await db.notes.get('late'))?.words).toEqual(['refund', 'late']);
    expect(await db.notes.where('words').equals('refund').count()).toBe(1_201);
    expect((await searchNotes(db, { words: 'late' })).map((n) => n.id)).toEqual(['late']);
  });

  it('reports a failure and runs again when asked', async () => {
    const db = freshDatabase();
    await db.notes.add(imported('a', 'refund'));
    const onError = vi.fn();
    const index = createWordIndexer(db, onError);
    db.close();
    await index();
    expect(onError).toHaveBeenCalledOnce();
    await db.open();
    await index();
    expect((await db.notes.get('a'))?.words).toEqual(['refund']);
  });
});
