import type { MutationArgs, MutationName } from '../sync/mutations';
import type { CarebarDatabase, OutboxEntry } from './database';

/**
 * Queues one mutation for the team server. Callers run it inside the transaction that makes the
 * change, so a crash never keeps one without the other.
 */
export async function enqueue<N extends MutationName>(db: CarebarDatabase, name: N, args: MutationArgs<N>, now: number): Promise<void> {
  await db.outbox.add(outboxEntry(name, args, now));
}

/** An entry for `bulkAdd`, when many changes are made at once. */
export function outboxEntry<N extends MutationName>(name: N, args: MutationArgs<N>, now: number): OutboxEntry<N> {
  return { name, args, clientTs: now };
}

/**
 * Takes back a mutation that has not left the device yet. Returns false when it has (or never
 * existed), so the caller can make a new change instead.
 */
export async function withdraw(db: CarebarDatabase, name: MutationName, id: string): Promise<boolean> {
  const pending = await db.outbox
    .filter((entry) => entry.name === name && (entry.args as { id?: unknown }).id === id)
    .primaryKeys();
  await db.outbox.bulkDelete(pending);
  return pending.length > 0;
}
