import type { Handoff } from '../sync/records';
import { indexWords } from '../text/words';
import type { CarebarDatabase, HandoffRow } from './database';
import { enqueue } from './outbox';
import { softDelete } from './soft-delete';

export function handoffRecord({ words, deletedAt, readAt, ...handoff }: HandoffRow): Handoff {
  return handoff;
}

export interface HandoffView extends Handoff {
  read: boolean;
}

export function handoffView(row: HandoffRow): HandoffView {
  return { ...handoffRecord(row), read: row.readAt !== undefined };
}

export interface NewHandoff {
  body: string;
  shiftStart?: number;
  shiftEnd?: number;
}

/** The author has read what they wrote. */
export async function createHandoff(db: CarebarDatabase, input: NewHandoff, authorId: string, now: number): Promise<HandoffView> {
  const row: HandoffRow = { id: crypto.randomUUID(), ...input, authorId, createdAt: now, updatedAt: now, words: indexWords(input.body), readAt: now };
  await db.transaction('rw', db.handoffs, db.outbox, async () => {
    await db.handoffs.add(row);
    await enqueue(db, 'handoff.put', handoffRecord(row), now);
  });
  return handoffView(row);
}

export function deleteHandoff(db: CarebarDatabase, id: string, now: number): Promise<void> {
  return softDelete(db, db.handoffs, 'handoff.delete', id, now);
}

/** Reading is this agent's own business: it changes no record and is not synced. */
export async function markHandoffRead(db: CarebarDatabase, id: string, now: number): Promise<void> {
  await db.handoffs.where('id').equals(id).and((row) => row.readAt === undefined).modify({ readAt: now });
}

/** Newest first. */
export async function listHandoffs(db: CarebarDatabase, limit = 50): Promise<HandoffView[]> {
  const rows = await db.handoffs.orderBy('createdAt').reverse().filter((row) => row.deletedAt === undefined).limit(limit).toArray();
  return rows.map(handoffView);
}

export async function newestUnreadHandoff(db: CarebarDatabase): Promise<HandoffView | undefined> {
  const row = await db.handoffs
    .orderBy('createdAt')
    .reverse()
    .filter((r) => r.deletedAt === undefined)
    .first();
  return row && row.readAt === undefined ? handoffView(row) : undefined;
}
