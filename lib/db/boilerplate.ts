import { z } from 'zod';
import { boilerplateSchema, type Boilerplate } from '../sync/records';
import type { CarebarDatabase, FavouriteRow, Stored } from './database';
import { enqueue, withdraw } from './outbox';
import { softDelete } from './soft-delete';

/** What a manager writes; the id is missing for a new reply, and the time is the save's. */
export const replyInputSchema = boilerplateSchema.omit({ id: true, updatedAt: true }).extend({ id: boilerplateSchema.shape.id.optional() });
export type ReplyInput = z.infer<typeof replyInputSchema>;

export const favouriteMoveSchema = z.enum(['add', 'remove', 'up', 'down']);
export type FavouriteMove = z.infer<typeof favouriteMoveSchema>;

export interface Library {
  /** Live replies, the most recently edited first. */
  replies: Boilerplate[];
  /** Ids of this agent's favourite replies, in their order. */
  favourites: string[];
}

const COPY_PREFIX = 'Copy of ';
const MAX_TITLE = 200;

/** The record as the sync protocol knows it, without the local soft-delete mark. */
export function replyRecord({ deletedAt: _deleted, ...reply }: Stored<Boilerplate>): Boilerplate {
  return reply;
}

function live(row: Stored<Boilerplate> | undefined): row is Stored<Boilerplate> {
  return row !== undefined && row.deletedAt === undefined;
}

export async function listReplies(db: CarebarDatabase): Promise<Library> {
  return db.transaction('r', db.boilerplate, db.favourites, async () => {
    const rows = await db.boilerplate.orderBy('updatedAt').reverse().filter(live).toArray();
    const ids = new Set(rows.map((row) => row.id));
    const favourites = (await rankedFavourites(db)).filter((id) => ids.has(id));
    return { replies: rows.map(replyRecord), favourites };
  });
}

/**
 * Creates a reply (no id) or replaces one whole. The record is parsed as the sync protocol
 * will carry it, so nothing the team server would refuse is ever stored.
 */
export async function saveReply(db: CarebarDatabase, input: ReplyInput, now: number): Promise<Boilerplate> {
  const record = boilerplateSchema.parse({ ...input, id: input.id ?? crypto.randomUUID(), updatedAt: now });
  return db.transaction('rw', db.boilerplate, db.outbox, async () => {
    if (input.id !== undefined && !live(await db.boilerplate.get(input.id))) throw new Error('That reply no longer exists.');
    await db.boilerplate.put(record);
    await enqueue(db, 'boilerplate.put', record, now);
    return record;
  });
}

/** A new reply with the same content, titled "Copy of …" so the two can be told apart. */
export async function duplicateReply(db: CarebarDatabase, id: string, now: number): Promise<Boilerplate> {
  const row = await db.boilerplate.get(id);
  if (!live(row)) throw new Error('That reply no longer exists.');
  const { id: _id, updatedAt: _updated, deletedAt: _deleted, ...content } = row;
  return saveReply(db, { ...content, title: `${COPY_PREFIX}${row.title}`.slice(0, MAX_TITLE) }, now);
}

export function deleteReply(db: CarebarDatabase, id: string, now: number): Promise<void> {
  return softDelete(db, db.boilerplate, 'boilerplate.delete', id, now);
}

/**
 * Undoes a delete. While the delete is still in the outbox it is taken back; once pushed, the
 * server keeps it (a delete wins over a later put), so the reply comes back under a new id, and
 * keeps its place among the favourites.
 */
export async function restoreReply(db: CarebarDatabase, id: string, now: number): Promise<Boilerplate> {
  return db.transaction('rw', db.boilerplate, db.outbox, db.favourites, async () => {
    const row = await db.boilerplate.get(id);
    if (row?.deletedAt === undefined) throw new Error('That reply is not deleted.');
    const kept = replyRecord(row);
    if (await withdraw(db, 'boilerplate.delete', id)) {
      await db.boilerplate.put(kept);
      return kept;
    }
    const copy: Boilerplate = { ...kept, id: crypto.randomUUID(), updatedAt: now };
    await db.boilerplate.add(copy);
    await enqueue(db, 'boilerplate.put', copy, now);
    const favourite = await db.favourites.get(id);
    if (favourite) {
      await db.favourites.delete(id);
      await db.favourites.put({ ...favourite, id: copy.id });
    }
    return copy;
  });
}

/**
 * Marks or unmarks a favourite, or moves one a place up or down among the favourites shown.
 * Favourites are this device's own, so nothing is queued for the team server. A deleted
 * favourite keeps its place, unseen, in case the delete is undone. Returns the order shown.
 */
export async function moveFavourite(db: CarebarDatabase, id: string, move: FavouriteMove): Promise<string[]> {
  return db.transaction('rw', db.boilerplate, db.favourites, async () => {
    if (move !== 'remove' && !live(await db.boilerplate.get(id))) throw new Error('That reply no longer exists.');
    const order = await rankedFavourites(db);
    const rows = await db.boilerplate.bulkGet(order);
    const shown = new Set(order.filter((_, index) => live(rows[index])));
    if (move === 'remove') shown.delete(id);
    else shown.add(id);
    const at = order.indexOf(id);
    if (move === 'add' && at === -1) order.push(id);
    if (move === 'remove' && at !== -1) order.splice(at, 1);
    if (at !== -1 && (move === 'up' || move === 'down')) {
      const step = move === 'up' ? -1 : 1;
      let to = at + step;
      while (to >= 0 && to < order.length && !shown.has(order[to] as string)) to += step;
      if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to] as string, id];
    }
    await db.favourites.clear();
    await db.favourites.bulkPut(order.map((favourite, rank): FavouriteRow => ({ id: favourite, rank })));
    return order.filter((favourite) => shown.has(favourite));
  });
}

async function rankedFavourites(db: CarebarDatabase): Promise<string[]> {
  return (await db.favourites.toArray()).sort((a, b) => a.rank - b.rank).map((row) => row.id);
}
