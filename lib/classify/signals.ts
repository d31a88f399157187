import type { Policy } from '../sync/records';
import { DEFAULT_INFLUENCER_FOLLOWERS } from './policy';

const HOUR = 3_600_000;

/** "Several times within an hour": this post and at least two more. */
export const REPEAT_MIN_OTHERS = 2;
export const REPEAT_WINDOW_MS = HOUR;

/**
 * The handle X gives an account whose owner never picked one: the name they signed up with,
 * then eight digits ("JaneDoe48213377"). People make such accounts just to reach a brand.
 */
const DEFAULT_HANDLE = /^[a-z_]+\d{8}$/;

export interface Author {
  /** Unknown for rows of a file without an author column. */
  handle?: string;
  /** The network the post is on ("x"); without it, a VIP entry on any network matches. */
  network?: string;
  followers?: number;
}

/** One post by someone, seen on the page or in the seen-posts log. */
export interface Sighting {
  handle: string;
  at: number;
  /** Lets the post itself, and the same post seen twice, count once. */
  postId?: string;
}

/** Handles compare without "@" and without case, as every network treats them. */
export function sameHandle(a: string, b: string): boolean {
  return handleKey(a) === handleKey(b);
}

/** The form of a handle that `sameHandle` compares, for grouping by person. */
export function handleKey(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** On the team's VIP list for this network, or followed by at least the team's influencer threshold. */
export function isVip(author: Author, policy: Pick<Policy, 'vipHandles' | 'influencerFollowers'>): boolean {
  const { handle, network } = author;
  const listed =
    handle !== undefined &&
    handle.trim() !== '' &&
    policy.vipHandles.some((vip) => sameHandle(vip.handle, handle) && (network === undefined || vip.network.toLowerCase() === network.toLowerCase()));
  const threshold = policy.influencerFollowers ?? DEFAULT_INFLUENCER_FOLLOWERS;
  return listed || (author.followers !== undefined && author.followers >= threshold);
}

/** No avatar, or a handle the network made up. Unknown avatar alone says nothing. */
export function isNewAccount(author: { handle?: string; hasAvatar?: boolean }): boolean {
  return author.hasAvatar === false || (author.handle !== undefined && DEFAULT_HANDLE.test(handleKey(author.handle)));
}

/**
 * The same person posted at least `REPEAT_MIN_OTHERS` other times within an hour either side of
 * this post, so all of those posts are answered once, in one thread.
 */
export function isRepeatPoster(post: Sighting, sightings: readonly Sighting[]): boolean {
  const others = new Set<string>();
  sightings.forEach((seen, index) => {
    if (!sameHandle(seen.handle, post.handle) || Math.abs(seen.at - post.at) > REPEAT_WINDOW_MS) return;
    if (post.postId !== undefined && seen.postId === post.postId) return;
    others.add(seen.postId ?? `#${index}`);
  });
  return others.size >= REPEAT_MIN_OTHERS;
}

/** A reply from one of the brand's own handles is visible under the post. */
export function isAlreadyAnswered(replyHandles: readonly string[], brandHandles: readonly string[]): boolean {
  return replyHandles.some((reply) => brandHandles.some((brand) => sameHandle(reply, brand)));
}
