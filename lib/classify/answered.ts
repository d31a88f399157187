import { sameHandle } from './signals';

/** What "already answered" needs to know of a post on the page. */
export interface PagePost {
  id: string;
  handle: string;
  /** ISO 8601, or null when the page shows none. */
  time: string | null;
  /** Handles the post replies to. */
  replyingTo: readonly string[];
}

/**
 * The posts on a page that the brand has visibly answered: a reply from one of its handles to
 * their author, posted after them. On X a reply names whom it answers, not which post, so each
 * earlier post by that author counts; a post or reply without a time is taken as answered, since
 * the reply sits under it on the page.
 */
export function answeredPostIds(posts: readonly PagePost[], brandHandles: readonly string[]): Set<string> {
  const isBrand = (handle: string) => brandHandles.some((brand) => sameHandle(brand, handle));
  const answered = new Set<string>();
  for (const reply of posts) {
    if (!isBrand(reply.handle) || reply.replyingTo.length === 0) continue;
    const repliedAt = timeOf(reply);
    for (const post of posts) {
      if (post === reply || isBrand(post.handle)) continue;
      if (!reply.replyingTo.some((handle) => sameHandle(handle, post.handle))) continue;
      const postedAt = timeOf(post);
      if (repliedAt === null || postedAt === null || postedAt <= repliedAt) answered.add(post.id);
    }
  }
  return answered;
}

function timeOf(post: PagePost): number | null {
  if (post.time === null) return null;
  const time = Date.parse(post.time);
  return Number.isNaN(time) ? null : time;
}
