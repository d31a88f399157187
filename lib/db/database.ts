import Dexie, { type EntityTable, type Table } from 'dexie';
import type { MutationArgs, MutationName } from '../sync/mutations';
import type { Boilerplate, Handoff, Note, Policy, Reminder, TriageCode } from '../sync/records';
import type { Network } from '../sites/post';
import { indexWords } from '../text/words';

/**
 * A synced record as stored locally: the protocol's shape plus a soft-delete mark, so a
 * delete can travel to the team server and be undone before it does.
 */
export type Stored<T> = T & { deletedAt?: number };

/**
 * A note with the words of its body, for the search index (local only, never synced). An
 * imported note is written with its words still to index (`unindexed`), so a large import is
 * not slowed by thousands of index entries: the background indexes it soon after, and search
 * reads such notes directly until then.
 */
export type NoteRow = Stored<Note> & { words: string[]; unindexed?: 1 };

/** A reminder, and when its notification was shown for the current due time (local only). */
export type ReminderRow = Stored<Reminder> & { notifiedAt?: number };

/** A hand-off with its words, and when this agent read it (both local only). */
export type HandoffRow = Stored<Handoff> & { words: string[]; readAt?: number };

/** A post Carebar has shown, kept on this device only (never synced). */
export interface SeenPost {
  network: Network;
  postId: string;
  handle: string;
  /** When the author posted it, if the page showed a time. */
  postedAt?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  /** When someone on the team was seen answering it. */
  answeredAt?: number;
  /** The triage code it got, once classified. */
  code?: TriageCode;
}

/**
 * A reply this agent keeps at the top of the library, in their own order (`rank`, from 0). Kept
 * on this device only, in a table of its own, so nothing synced or exported can carry it.
 */
export interface FavouriteRow {
  /** The boilerplate record's id. */
  id: string;
  rank: number;
}

/** One change as the sync protocol names it. */
export interface PendingMutation<N extends MutationName = MutationName> {
  name: N;
  args: MutationArgs<N>;
}

/**
 * Local changes waiting to be pushed, made together: one for an edit, up to a push's worth for
 * an import, which then costs one write instead of one per record.
 */
export interface OutboxEntry {
  /** Auto-incremented: the push order. */
  seq?: number;
  mutations: PendingMutation[];
  clientTs: number;
}

export type CarebarDatabase = Dexie & {
  seenPosts: Table<SeenPost, [Network, string]>;
  notes: EntityTable<NoteRow, 'id'>;
  reminders: EntityTable<ReminderRow, 'id'>;
  handoffs: EntityTable<HandoffRow, 'id'>;
  boilerplate: EntityTable<Stored<Boilerplate>, 'id'>;
  policy: EntityTable<Stored<Policy>, 'id'>;
  favourites: EntityTable<FavouriteRow, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
};

export const DATABASE_NAME = 'carebar';

/** The first schema, kept so an upgrade can be tested from a database filled at it. */
export const VERSION_1_STORES = {
  seenPosts: '[network+postId], handle, lastSeenAt',
  notes: 'id, [subject.network+subject.handle], subject.postId, updatedAt',
  reminders: 'id, state, dueAt, updatedAt',
  handoffs: 'id, createdAt, updatedAt',
  boilerplate: 'id, title, updatedAt',
  policy: 'id',
  outbox: '++seq',
};

/** What version 2 changed, kept so an upgrade can be tested from a database filled at it. */
export const VERSION_2_CHANGES = {
  notes: 'id, [subject.network+subject.handle+createdAt], [subject.network+subject.postId], createdAt, updatedAt, *words',
  reminders: 'id, [state+dueAt], [subject.network+subject.handle], updatedAt',
  handoffs: 'id, createdAt, updatedAt, *words',
};

/**
 * Opens Carebar's one database. Only the background and extension pages call this: a content
 * script's IndexedDB would belong to the social site's origin.
 */
export function openDatabase(name = DATABASE_NAME): CarebarDatabase {
  const db = new Dexie(name) as CarebarDatabase;
  // Synced tables are keyed by client-generated ids and carry updatedAt and deletedAt, as the
  // sync protocol needs.
  db.version(1).stores(VERSION_1_STORES);
  // Version 2 serves the customer panel, the reminder clock and search from indexes alone:
  // a customer's notes newest first, open reminders by due time, and a word index.
  db.version(2)
    .stores(VERSION_2_CHANGES)
    .upgrade(async (tx) => {
      await tx.table<NoteRow>('notes').toCollection().modify((note) => {
        note.words = indexWords(note.body);
      });
      await tx.table<HandoffRow>('handoffs').toCollection().modify((handoff) => {
        handoff.words = indexWords(handoff.body);
      });
    });
  // Version 3 batches outbox entries, lets imported notes wait for their word index, and drops
  // the two note indexes no query used, each of which cost a write per note.
  db.version(3)
    .stores({ notes: 'id, [subject.network+subject.handle+createdAt], createdAt, *words, unindexed' })
    .upgrade(async (tx) => {
      await tx.table('outbox').toCollection().modify((entry: Record<string, unknown>) => {
        entry.mutations = [{ name: entry.name, args: entry.args }];
        delete entry.name;
        delete entry.args;
      });
    });
  // Version 4 adds the agent's own favourite replies, a per-device order.
  db.version(4).stores({ favourites: 'id' });
  return db;
}
