import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createHandoff } from '../../lib/db/handoffs';
import { createNote, deleteNote } from '../../lib/db/notes';
import { search } from '../../lib/db/search';
import { freshDatabase } from './db-helpers';

const me = (now: number) => ({ authorId: 'me', now });

async function filled() {
  const db = freshDatabase();
  await createNote(db, { network: 'x', handle: 'ann' }, 'Promised a refund by Friday', me(1_000));
  await createNote(db, { network: 'x', handle: 'ann' }, 'Refunds team says the card was charged twice', me(2_000));
  await createNote(db, { network: 'x', handle: 'bob' }, 'Asked about the café opening hours', me(3_000));
  const gone = await createNote(db, { network: 'x', handle: 'bob' }, 'refund request withdrawn', me(4_000));
  await deleteNote(db, gone.id, 5_000);
  await createHandoff(db, { body: 'Watch @ann: refund still pending' }, 'me', 6_000);
  await createHandoff(db, { body: 'Outage over at 14:00' }, 'me', 7_000);
  return db;
}

describe('search', () => {
  it('finds notes and hand-offs by words, as word prefixes, newest first, without deleted notes', async () => {
    const db = await filled();
    const results = await search(db, { words: 'REFUND' });
    expect(results.notes.map((n) => n.body)).toEqual(['Refunds team says the card was charged twice', 'Promised a refund by Friday']);
    expect(results.handoffs.map((h) => h.body)).toEqual(['Watch @ann: refund still pending']);
  });

  it('needs every word, and folds accents', async () => {
    const db = await filled();
    expect((await search(db, { words: 'refund friday' })).notes.map((n) => n.body)).toEqual(['Promised a refund by Friday']);
    expect((await search(db, { words: 'cafe' })).notes.map((n) => n.body)).toEqual(['Asked about the café opening hours']);
  });

  it('narrows to a customer: their notes and the hand-offs that name them', async () => {
    const db = await filled();
    const results = await search(db, { customer: { network: 'x', handle: 'ann' } });
    expect(results.notes).toHaveLength(2);
    expect(results.handoffs.map((h) => h.body)).toEqual(['Watch @ann: refund still pending']);
    expect((await search(db, { customer: { network: 'x', handle: 'ann' }, words: 'card' })).notes).toHaveLength(1);
  });

  it('keeps to a date range', async () => {
    const db = await filled();
    const results = await search(db, { from: 1_500, to: 6_500 });
    expect(results.notes.map((n) => n.createdAt)).toEqual([3_000, 2_000]);
    expect(results.handoffs.map((h) => h.createdAt)).toEqual([6_000]);
    expect((await search(db, { words: 'refund', from: 1_500 })).notes.map((n) => n.createdAt)).toEqual([2_000]);
  });
});
