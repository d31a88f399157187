import type { PostSnapshot } from '../../lib/sites/post';

/**
 * An ordinary post on X as an adapter reads it: an original post with an avatar, no time shown and
 * no text, its permalink built from the handle and id. Tests override only what they are about.
 */
export function xPost(overrides: Partial<PostSnapshot> & { id: string; handle: string }): PostSnapshot {
  return {
    network: 'x',
    permalink: `https://x.com/${overrides.handle}/status/${overrides.id}`,
    authorName: overrides.handle,
    text: '',
    time: null,
    hasAvatar: true,
    verified: false,
    isReply: false,
    replyingTo: [],
    isQuote: false,
    isRepost: false,
    isAd: false,
    ...overrides,
  };
}
