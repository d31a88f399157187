import { z } from 'zod';

export const networkSchema = z.enum(['x', 'facebook', 'linkedin', 'reddit', 'instagram', 'bluesky', 'mastodon']);
export type Network = z.infer<typeof networkSchema>;

/**
 * What an adapter reads from one post on screen. It crosses from the content script to the
 * background and the extension pages, so it has a schema; every string in it came from an
 * untrusted page and is only ever rendered as text.
 */
export const postSnapshotSchema = z.object({
  network: networkSchema,
  /** The network's own id for the post (on X the status id): the key, never the element. */
  id: z.string().min(1).max(64),
  permalink: z.string().max(2048),
  authorName: z.string().max(512),
  /** Without the leading "@". */
  handle: z.string().max(128),
  text: z.string().max(100_000),
  /** ISO 8601, or null when the page shows no time (ads, deleted posts). */
  time: z.iso.datetime({ offset: true }).nullable(),
  hasAvatar: z.boolean(),
  verified: z.boolean(),
  isReply: z.boolean(),
  /**
   * Handles this post answers, without "@": its "Replying to" line, or on a post's page the
   * opened post's author for the replies under it. What "already answered" is worked out from.
   */
  replyingTo: z.array(z.string().max(128)).max(50),
  isQuote: z.boolean(),
  isRepost: z.boolean(),
  isAd: z.boolean(),
});
export type PostSnapshot = z.infer<typeof postSnapshotSchema>;
