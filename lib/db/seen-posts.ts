import type { Network, PostSnapshot } from '../sites/post';
import type { TriageCode } from '../sync/records';
import type { CarebarDatabase, SeenPost } from './database';

/**
 * Records that these posts were on screen: the first sighting is kept, the last one moves.
 * Returns how many rows were written.
 */
export async function recordSeenPosts(db: CarebarDatabase, posts: readonly PostSnapshot[], now: number): Promise<number> {
  return db.transaction('rw', db.seenPosts, async () => {
    const keys = posts.map((p): [Network, string] => [p.network, p.id]);
    const existing = await db.seenPosts.bulkGet(keys);
    const rows: SeenPost[] = posts.map((post, i) => ({
      ...existing[i],
      network: post.network,
      postId: post.id,
      handle: post.handle,
      ...(post.time === null ? {} : { postedAt: Date.parse(post.time) }),
      firstSeenAt: existing[i]?.firstSeenAt ?? now,
      lastSeenAt: now,
    }));
    await db.seenPosts.bulkPut(rows);
    return rows.length;
  });
}


/** Posts by these authors seen since `since`: what the repeat-poster signal compares against. */
export function recentPostsBy(db: CarebarDatabase, handles: readonly string[], since: number): Promise<SeenPost[]> {
  return db.seenPosts
    .where('handle')
    .anyOf([...new Set(handles)])
    .filter((post) => post.lastSeenAt >= since)
    .toArray();
}

/** Notes the code each post got, for the shift digest's "Red and Orange not answered". */
export async function recordTriageCodes(db: CarebarDatabase, codes: readonly { network: Network; postId: string; code: TriageCode }[]): Promise<void> {
  await db.transaction('rw', db.seenPosts, async () => {
    for (const { network, postId, code } of codes) await db.seenPosts.update([network, postId], { code });
  });
}

/** Posts the team was seen answering; the first time seen answered is kept. */
export async function recordAnswered(db: CarebarDatabase, network: Network, postIds: readonly string[], now: number): Promise<void> {
  await db.seenPosts
    .where('[network+postId]')
    .anyOf(postIds.map((id) => [network, id]))
    .and((post) => post.answeredAt === undefined)
    .modify({ answeredAt: now });
}

/** How many posts by this author were seen since `since`: the panel's "wrote N times today". */
export function countPostsBy(db: CarebarDatabase, network: Network, handle: string, since: number): Promise<number> {
  return db.seenPosts
    .where('handle')
    .equals(handle)
    .filter((post) => post.network === network && (post.postedAt ?? post.firstSeenAt) >= since)
    .count();
}
