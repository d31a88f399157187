import type { EntityTable } from 'dexie';
import type { Note } from '../sync/records';
import { queryWords } from '../text/words';
import type { CarebarDatabase, HandoffRow, NoteRow } from './database';
import { handoffView, type HandoffView } from './handoffs';
import { noteRecord } from './notes';
import { noteWords, unindexedNotes } from './word-index';

export interface SearchQuery {
  /** Every word must start a word of the text ("refund" finds "refunds"). */
  words?: string;
  /** A customer, without "@": their notes, and hand-offs that name them. */
  customer?: { network: string; handle: string };
  /** Creation time bounds, inclusive. */
  from?: number;
  to?: number;
  limit?: number;
}

export interface SearchResults {
  notes: Note[];
  handoffs: HandoffView[];
}

const DEFAULT_LIMIT = 50;

export async function search(db: CarebarDatabase, query: SearchQuery): Promise<SearchResults> {
  const [notes, handoffs] = await Promise.all([searchNotes(db, query), searchHandoffs(db, query)]);
  return { notes, handoffs };
}

export async function searchNotes(db: CarebarDatabase, query: SearchQuery): Promise<Note[]> {
  const words = queryWords(query.words ?? '');
  const from = query.from ?? 0;
  const to = query.to ?? Number.MAX_SAFE_INTEGER;
  const { customer } = query;
  const wanted = (row: NoteRow) =>
    row.deletedAt === undefined &&
    row.createdAt >= from &&
    row.createdAt <= to &&
    (customer === undefined || (row.subject.network === customer.network && row.subject.handle === customer.handle)) &&
    hasAll(noteWords(row), words);

  let rows: NoteRow[];
  if (customer !== undefined) {
    // The customer's own range of the index is the narrowest start, already in time order.
    rows = await db.notes
      .where('[subject.network+subject.handle+createdAt]')
      .between([customer.network, customer.handle, from], [customer.network, customer.handle, to], true, true)
      .reverse()
      .filter(wanted)
      .limit(query.limit ?? DEFAULT_LIMIT)
      .toArray();
  } else {
    rows = await newestMatching(db.notes, words, from, to, wanted, query.limit);
    // Notes just imported are not in the word index yet; the few that wait are read directly.
    if (words.length > 0) rows = newest([...rows, ...(await unindexedNotes(db)).filter(wanted)], query.limit);
  }
  return rows.map(noteRecord);
}

export async function searchHandoffs(db: CarebarDatabase, query: SearchQuery): Promise<HandoffView[]> {
  const words = [...queryWords(query.words ?? ''), ...(query.customer ? queryWords(query.customer.handle) : [])];
  const from = query.from ?? 0;
  const to = query.to ?? Number.MAX_SAFE_INTEGER;
  const wanted = (row: HandoffRow) => row.deletedAt === undefined && row.createdAt >= from && row.createdAt <= to && hasAll(row.words, words);
  const rows = await newestMatching(db.handoffs, words, from, to, wanted, query.limit);
  return rows.map(handoffView);
}

interface Searchable {
  id: string;
  createdAt: number;
  words: string[];
}

/**
 * With words, the longest one (the rarest, as a rule) picks the candidates from the word
 * index; without, the newest rows in the date range are read in index order and nothing more.
 */
async function newestMatching<T extends Searchable>(
  table: EntityTable<T, 'id'>,
  words: string[],
  from: number,
  to: number,
  wanted: (row: T) => boolean,
  limit = DEFAULT_LIMIT,
): Promise<T[]> {
  if (words.length === 0) return table.where('createdAt').between(from, to, true, true).reverse().filter(wanted).limit(limit).toArray();
  const key = words.reduce((a, b) => (b.length > a.length ? b : a));
  return newest(await table.where('words').startsWith(key).distinct().filter(wanted).toArray(), limit);
}

function newest<T extends { createdAt: number }>(rows: T[], limit = DEFAULT_LIMIT): T[] {
  return rows.sort((a, b) => b.createdAt - a.createdAt).slice(0, limit);
}

function hasAll(rowWords: readonly string[], words: readonly string[]): boolean {
  return words.every((word) => rowWords.some((w) => w.startsWith(word)));
}
