import type { Classified, Engine } from '../classify/engine';
import type { Sighting } from '../classify/signals';
import type { PostInput } from '../classify/types';
import type { CarebarDatabase } from '../db/database';
import { recentPostsBy, recordSeenPosts, recordTriageCodes } from '../db/seen-posts';
import type { PostSnapshot } from '../sites/post';
import type { LoadedEngine } from './engine-loader';

const HOUR = 3_600_000;
/** Results kept per post id, so a post scrolled past twice is classified (and counted) once. */
const CACHE_LIMIT = 5_000;

/**
 * Classifies the posts a page shows, in the background: the models load once for every tab,
 * and no page's main thread pays for them. Each post is also logged as seen, which is where
 * the repeat-poster signal looks for earlier posts.
 */
export function createTriageService(db: CarebarDatabase, engine: () => Promise<LoadedEngine>) {
  const cache = new Map<string, Classified>();
  let cachedBy: Engine | undefined;

  return async (posts: readonly PostSnapshot[], now = Date.now()): Promise<Classified[]> => {
    await recordSeenPosts(db, posts, now);
    const ready = await engine();
    // A new engine means a new policy: codes (VIPs) and deadlines (SLAs) kept from the old one are
    // stale. The posts asked again count twice towards the class mix, a small skew for a rare save.
    if (ready.engine !== cachedBy) {
      cache.clear();
      cachedBy = ready.engine;
    }
    const fresh = posts.filter((post) => !cache.has(cacheKey(post)));
    if (fresh.length > 0) {
      const recent = await recentPostsBy(db, fresh.map((p) => p.handle), now - HOUR);
      const sightings = recent.map(toSighting);
      const codes = fresh.map((post) => {
        const result = ready.engine.classify(toInput(post), { network: post.network, sightings });
        remember(cache, cacheKey(post), result);
        return { network: post.network, postId: post.id, code: result.code };
      });
      await recordTriageCodes(db, codes);
      ready.adaptation.changed();
    }
    return posts.flatMap((post) => cache.get(cacheKey(post)) ?? []);
  };
}

function cacheKey(post: PostSnapshot): string {
  return `${post.network}:${post.id}`;
}

function remember(cache: Map<string, Classified>, key: string, value: Classified): void {
  cache.set(key, value);
  if (cache.size <= CACHE_LIMIT) return;
  // Maps iterate in insertion order: the first key is the oldest.
  const oldest = cache.keys().next().value;
  if (oldest !== undefined) cache.delete(oldest);
}

function toInput(post: PostSnapshot): PostInput {
  return {
    id: post.id,
    text: post.text,
    author: post.handle,
    hasAvatar: post.hasAvatar,
    ...(post.time === null ? {} : { createdAt: Date.parse(post.time) }),
  };
}

function toSighting(post: { handle: string; postId: string; postedAt?: number; firstSeenAt: number }): Sighting {
  return { handle: post.handle, postId: post.postId, at: post.postedAt ?? post.firstSeenAt };
}
