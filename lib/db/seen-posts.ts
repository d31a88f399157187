import type { Network, PostSnapshot } from '../sites/post';
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
