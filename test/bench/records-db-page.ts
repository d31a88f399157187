/**
 * Runs inside an extension page of Chromium (bundled by records-db.ts): fills Carebar's own
 * database and a raw IndexedDB peer with the same rows, then times the same reads and the same
 * import on both. Every figure comes from this page's real IndexedDB.
 */
import './zod-jitless';
import { importBackup, parseBackup } from '../../lib/data/backup';
import { openDatabase, type NoteRow, type ReminderRow } from '../../lib/db/database';
import { notesForCustomer } from '../../lib/db/notes';
import { dueReminders } from '../../lib/db/reminders';
import { searchNotes } from '../../lib/db/search';
import { indexPendingNotes } from '../../lib/db/word-index';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/sync/backup-file';
import type { Note } from '../../lib/sync/records';
import { indexWords } from '../../lib/text/words';
import { seededRandom } from '../fixtures/x/generate-timeline';

export interface RecordsBenchConfig {
  notes: number;
  reminders: number;
  handles: number;
  importNotes: number;
  runs: number;
  /** Of the reminders, how many are open and already due. */
  due: number;
}

export interface Timing {
  samples: number[];
  /** What each run found, so both sides are seen doing the same work. */
  found: number[];
}

export interface RecordsBenchResult {
  fillMs: number;
  carebar: Record<Query, Timing>;
  raw: Record<Query, Timing>;
}

export type Query = 'customerNotes' | 'dueReminders' | 'wordSearch' | 'importNotes' | 'indexImported';

const CAREBAR_DB = 'carebar-bench';
const RAW_DB = 'carebar-bench-raw';
const NOW = Date.UTC(2026, 10, 23, 12);
const DAY = 86_400_000;
const PANEL_NOTES = 100;
const SEARCH_LIMIT = 50;
const DUE_LIMIT = 200;
const FILL_CHUNK = 5_000;
const VOCABULARY = 3_000;
const OUTBOX_ENTRY = 100;
const INDEX_BATCH = 500;

/** Words by a Zipf-like law, as in real text: a few very common, most rare. */
export function vocabulary(random: () => number): { words: string[]; pick: () => string } {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words = Array.from({ length: VOCABULARY }, (_, i) => {
    let word = '';
    const length = 4 + (i % 6);
    for (let j = 0; j < length; j++) word += letters.charAt(Math.floor(random() * letters.length));
    return `${word}${i}`;
  });
  const weights = words.map((_, i) => 1 / (i + 1));
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  const pick = () => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] ?? '';
  };
  return { words, pick };
}

export function makeNotes(count: number, handles: number, random: () => number, pick: () => string, idPrefix: string): NoteRow[] {
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 8 + Math.floor(random() * 10) }, pick).join(' ');
    const createdAt = NOW - Math.floor(random() * 90 * DAY);
    const note: Note = {
      id: `${idPrefix}${i.toString(16).padStart(8, '0')}`,
      subject: { network: 'x', handle: `customer_${i % handles}`, postId: String(1_800_000_000_000_000_000n + BigInt(i)) },
      body,
      authorId: 'agent',
      createdAt,
      updatedAt: createdAt,
    };
    return { ...note, words: indexWords(body), ...(i % 50 === 0 ? { deletedAt: createdAt + 1 } : {}) };
  });
}

export function makeReminders(count: number, due: number, handles: number, random: () => number): ReminderRow[] {
  return Array.from({ length: count }, (_, i) => {
    const isDue = i < due;
    const state = isDue || i % 3 === 0 ? 'open' : i % 3 === 1 ? 'done' : 'cancelled';
    const dueAt = isDue ? NOW - Math.floor(random() * DAY) : NOW + Math.floor(random() * 30 * DAY) - (state === 'open' ? 0 : 60 * DAY);
    return {
      id: `r${i.toString(16).padStart(8, '0')}`,
      subject: { network: 'x', handle: `customer_${i % handles}` },
      dueAt,
      body: 'follow up',
      assigneeId: 'agent',
      state,
      createdAt: NOW - 60 * DAY,
      updatedAt: NOW - 60 * DAY,
    };
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

async function deleteDatabase(name: string): Promise<void> {
  await request(indexedDB.deleteDatabase(name));
}

/** The peer: the same stores and indexes, declared by hand. */
async function openRaw(): Promise<IDBDatabase> {
  const open = indexedDB.open(RAW_DB, 1);
  open.onupgradeneeded = () => {
    const db = open.result;
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('customer', ['subject.network', 'subject.handle', 'createdAt']);
    notes.createIndex('words', 'words', { multiEntry: true });
    notes.createIndex('createdAt', 'createdAt');
    notes.createIndex('unindexed', 'unindexed');
    const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
    reminders.createIndex('due', ['state', 'dueAt']);
    db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
  };
  return request(open);
}

async function rawFill(db: IDBDatabase, store: string, rows: readonly object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += FILL_CHUNK) {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const row of rows.slice(i, i + FILL_CHUNK)) os.put(row);
    await done(tx);
  }
}

/** Raw cursor over a customer's range, newest first, live notes only: what notesForCustomer does. */
async function rawCustomerNotes(db: IDBDatabase, handle: string): Promise<NoteRow[]> {
  const index = db.transaction('notes').objectStore('notes').index('customer');
  const range = IDBKeyRange.bound(['x', handle, -Infinity], ['x', handle, Infinity]);
  const rows: NoteRow[] = [];
  return new Promise((resolve, reject) => {
    const cursor = index.openCursor(range, 'prev');
    cursor.onerror = () => reject(cursor.error ?? new Error('cursor failed'));
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c || rows.length === PANEL_NOTES) return resolve(rows);
      const row = c.value as NoteRow;
      if (row.deletedAt === undefined) rows.push(row);
      c.continue();
    };
  });
}

async function rawDueReminders(db: IDBDatabase, now: number): Promise<ReminderRow[]> {
  const index = db.transaction('reminders').objectStore('reminders').index('due');
  return (await request(index.getAll(IDBKeyRange.bound(['open', -Infinity], ['open', now]), DUE_LIMIT))) as ReminderRow[];
}

/** Prefix range on the word index, distinct rows, live ones, newest 50: what searchNotes does. */
async function rawWordSearch(db: IDBDatabase, word: string): Promise<NoteRow[]> {
  const index = db.transaction('notes').objectStore('notes').index('words');
  const rows = (await request(index.getAll(IDBKeyRange.bound(word, `${word}\uffff`)))) as NoteRow[];
  // A row whose words share the prefix comes once per word.
  const distinct = new Map(rows.map((row) => [row.id, row]));
  const live = [...distinct.values()].filter((row) => row.deletedAt === undefined);
  return live.sort((a, b) => b.createdAt - a.createdAt).slice(0, SEARCH_LIMIT);
}

/** As importBackup: the notes wait for their words, the outbox takes a push's worth per entry. */
async function rawImport(db: IDBDatabase, text: string): Promise<number> {
  const file = JSON.parse(text) as { notes: Note[] };
  const tx = db.transaction(['notes', 'outbox'], 'readwrite');
  const notes = tx.objectStore('notes');
  const outbox = tx.objectStore('outbox');
  for (const note of file.notes) notes.put({ ...note, words: [], unindexed: 1 });
  for (let at = 0; at < file.notes.length; at += OUTBOX_ENTRY) {
    outbox.add({ mutations: file.notes.slice(at, at + OUTBOX_ENTRY).map((args) => ({ name: 'note.put', args })), clientTs: NOW });
  }
  await done(tx);
  return file.notes.length;
}

/** As indexPendingNotes: a batch of waiting notes per transaction, their words written. */
async function rawIndexImported(db: IDBDatabase): Promise<number> {
  let indexed = 0;
  for (;;) {
    const tx = db.transaction('notes', 'readwrite');
    const store = tx.objectStore('notes');
    const rows = (await request(store.index('unindexed').getAll(1, INDEX_BATCH))) as NoteRow[];
    for (const { unindexed: _u, ...row } of rows) store.put({ ...row, words: indexWords(row.body) });
    await done(tx);
    indexed += rows.length;
    if (rows.length < INDEX_BATCH) return indexed;
  }
}

async function timed(run: () => Promise<number>): Promise<[number, number]> {
  const start = performance.now();
  const found = await run();
  return [performance.now() - start, found];
}

function emptyTiming(): Timing {
  return { samples: [], found: [] };
}

export async function runRecordsBench(config: RecordsBenchConfig): Promise<RecordsBenchResult> {
  await Promise.all([deleteDatabase(CAREBAR_DB), deleteDatabase(RAW_DB)]);
  const random = seededRandom(7);
  const { words, pick } = vocabulary(random);
  const notes = makeNotes(config.notes, config.handles, random, pick, 'n');
  const reminders = makeReminders(config.reminders, config.due, config.handles, random);

  const fillStart = performance.now();
  const db = openDatabase(CAREBAR_DB);
  for (let i = 0; i < notes.length; i += FILL_CHUNK) await db.notes.bulkAdd(notes.slice(i, i + FILL_CHUNK));
  await db.reminders.bulkAdd(reminders);
  const raw = await openRaw();
  await rawFill(raw, 'notes', notes);
  await rawFill(raw, 'reminders', reminders);
  const fillMs = performance.now() - fillStart;

  const carebar: Record<Query, Timing> = { customerNotes: emptyTiming(), dueReminders: emptyTiming(), wordSearch: emptyTiming(), importNotes: emptyTiming(), indexImported: emptyTiming() };
  const peer: Record<Query, Timing> = { customerNotes: emptyTiming(), dueReminders: emptyTiming(), wordSearch: emptyTiming(), importNotes: emptyTiming(), indexImported: emptyTiming() };
  const record = (timing: Timing, [ms, found]: [number, number]) => {
    timing.samples.push(ms);
    timing.found.push(found);
  };

  // Words of middling frequency (a few hundred notes each), as a real search term would be.
  const searchWords = words.slice(300, 300 + config.runs);
  // Each run asks for another customer and another word, so neither side answers from a cache
  // the other did not warm; the two sides alternate which goes first.
  for (let run = 0; run < config.runs; run++) {
    const handle = `customer_${Math.floor(random() * config.handles)}`;
    const word = searchWords[run] ?? 'refund';
    const sides: [() => Promise<void>, () => Promise<void>] = [
      async () => {
        record(carebar.customerNotes, await timed(async () => (await notesForCustomer(db, 'x', handle)).length));
        record(carebar.dueReminders, await timed(async () => (await dueReminders(db, NOW)).length));
        record(carebar.wordSearch, await timed(async () => (await searchNotes(db, { words: word })).length));
      },
      async () => {
        record(peer.customerNotes, await timed(async () => (await rawCustomerNotes(raw, handle)).length));
        record(peer.dueReminders, await timed(async () => (await rawDueReminders(raw, NOW)).length));
        record(peer.wordSearch, await timed(async () => (await rawWordSearch(raw, word)).length));
      },
    ];
    if (run % 2 === 1) sides.reverse();
    for (const side of sides) await side();
  }

  // Importing: a backup file of new notes, parsed and merged, against JSON.parse and raw puts.
  const imports = 3;
  for (let run = 0; run < imports; run++) {
    const fresh = makeNotes(config.importNotes, config.handles, random, pick, `i${run}-`).map(({ words: _w, deletedAt: _d, ...note }) => note);
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW, notes: fresh, reminders: [], handoffs: [], boilerplate: [], policy: [] });
    const rawText = JSON.stringify({ notes: fresh.map((note) => ({ ...note, id: `raw-${note.id}` })) });
    record(
      carebar.importNotes,
      await timed(async () => {
        const parsed = parseBackup(text);
        if (!parsed.ok) throw new Error(parsed.reason);
        return (await importBackup(db, parsed.backup, NOW)).notes;
      }),
    );
    record(peer.importNotes, await timed(() => rawImport(raw, rawText)));
    // What the background does right after, while the agent goes on working.
    record(carebar.indexImported, await timed(() => indexPendingNotes(db)));
    record(peer.indexImported, await timed(() => rawIndexImported(raw)));
  }

  db.close();
  raw.close();
  await Promise.all([deleteDatabase(CAREBAR_DB), deleteDatabase(RAW_DB)]);
  return { fillMs, carebar, raw: peer };
}
