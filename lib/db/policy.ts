import { defaultPolicy } from '../classify/policy';
import { policySchema, type Policy } from '../sync/records';
import type { CarebarDatabase } from './database';
import { enqueue } from './outbox';

/**
 * The team's policy as stored, or the defaults when there is none, it was deleted, or it no
 * longer parses (a row written by an older build must not stop triage or the options page).
 */
export async function readPolicy(db: CarebarDatabase): Promise<Policy> {
  const stored = await db.policy.get('team');
  if (!stored || stored.deletedAt !== undefined) return defaultPolicy();
  const { deletedAt: _deleted, ...record } = stored;
  const parsed = policySchema.safeParse(record);
  return parsed.success ? parsed.data : defaultPolicy();
}

/**
 * Replaces the team's policy, stamped `now`, with its 'policy.put' in the same transaction.
 * Throws the schema's error for anything that is not a whole policy.
 */
export async function savePolicy(db: CarebarDatabase, policy: Policy, now: number): Promise<Policy> {
  const record = policySchema.parse({ ...policy, updatedAt: now });
  await db.transaction('rw', db.policy, db.outbox, async () => {
    await db.policy.put(record);
    await enqueue(db, 'policy.put', record, now);
  });
  return record;
}
