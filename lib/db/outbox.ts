import type { MutationArgs, MutationName } from '../sync/mutations';
import type { CarebarDatabase, OutboxEntry, PendingMutation } from './database';

/** The most mutations one push may carry (sync protocol): an entry never holds more. */
export const MUTATIONS_PER_ENTRY = 100;

export function mutation<N extends MutationName>(name: N, args: MutationArgs<N>): PendingMutation {
  return { name, args };
}

/**
 * Queues one mutation for the team server. Callers run it inside the transaction that makes the
 * change, so a crash never keeps one without the other.
 */
export async function enqueue<N extends MutationName>(db: CarebarDatabase, name: N, args: MutationArgs<N>, now: number): Promise<void> {
  await db.outbox.add({ mutations: [mutation(name, args)], clientTs: now });
}

/** Entries for `bulkAdd` when many changes are made at once, in their order, a push's worth each. */
export function outboxEntries(mutations: readonly PendingMutation[], now: number): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (let at = 0; at < mutations.length; at += MUTATIONS_PER_ENTRY) {
    entries.push({ mutations: mutations.slice(at, at + MUTATIONS_PER_ENTRY), clientTs: now });
  }
  return entries;
}

/**
 * Takes back a mutation that has not left the device yet. Returns false when it has (or never
 * existed), so the caller can make a new change instead.
 */
export async function withdraw(db: CarebarDatabase, name: MutationName, id: string): Promise<boolean> {
  const matches = (pending: PendingMutation) => pending.name === name && (pending.args as { id?: unknown }).id === id;
  const entries = await db.outbox.filter((entry) => entry.mutations.some(matches)).toArray();
  for (const entry of entries) {
    const kept = entry.mutations.filter((pending) => !matches(pending));
    if (kept.length === 0) await db.outbox.delete(entry.seq);
    else await db.outbox.put({ ...entry, mutations: kept });
  }
  return entries.length > 0;
}
