import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Boilerplate, Handoff, Note, Policy, Reminder } from '../sync/records';
import type { Network } from '../sites/post';

/**
 * A synced record as stored locally: the protocol's shape plus a soft-delete mark, so a
 * delete can travel to the team server and be undone before it does.
 */
export type Stored<T> = T & { deletedAt?: number };

/** A post Carebar has shown, kept on this device only (never synced). */
export interface SeenPost {
  network: Network;
  postId: string;
  handle: string;
  /** When the author posted it, if the page showed a time. */
  postedAt?: number;
  firstSeenAt: number;
  lastSeenAt: number;
  /** When someone on the team was seen answering it; set by later features. */
  answeredAt?: number;
}

/** A local change waiting to be pushed, in the order it was made. */
export interface OutboxEntry {
  /** Auto-incremented: the push order. */
  seq?: number;
  name: string;
  args: unknown;
  clientTs: number;
}

export type CarebarDatabase = Dexie & {
  seenPosts: Table<SeenPost, [Network, string]>;
  notes: EntityTable<Stored<Note>, 'id'>;
  reminders: EntityTable<Stored<Reminder>, 'id'>;
  handoffs: EntityTable<Stored<Handoff>, 'id'>;
  boilerplate: EntityTable<Stored<Boilerplate>, 'id'>;
  policy: EntityTable<Stored<Policy>, 'id'>;
  outbox: EntityTable<OutboxEntry, 'seq'>;
};

export const DATABASE_NAME = 'carebar';

/**
 * Opens Carebar's one database. Only the background and extension pages call this: a content
 * script's IndexedDB would belong to the social site's origin.
 */
export function openDatabase(name = DATABASE_NAME): CarebarDatabase {
  const db = new Dexie(name) as CarebarDatabase;
  // Version 1. Synced tables are keyed by client-generated ids and carry updatedAt and
  // deletedAt, as the sync protocol needs.
  db.version(1).stores({
    seenPosts: '[network+postId], handle, lastSeenAt',
    notes: 'id, [subject.network+subject.handle], subject.postId, updatedAt',
    reminders: 'id, state, dueAt, updatedAt',
    handoffs: 'id, createdAt, updatedAt',
    boilerplate: 'id, title, updatedAt',
    policy: 'id',
    outbox: '++seq',
  });
  return db;
}
