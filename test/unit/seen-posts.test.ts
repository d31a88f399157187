import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type CarebarDatabase } from '../../lib/db/database';
import { recordSeenPosts } from '../../lib/db/seen-posts';
import type { PostSnapshot } from '../../lib/sites/post';
import { xPost } from './post-builder';

function post(id: string, handle: string): PostSnapshot {
  return xPost({ id, handle });
}

let db: CarebarDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('recordSeenPosts', () => {
  it('keeps the first sighting and moves the last one', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await expect(recordSeenPosts(db, [post('1', 'ann'), post('2', 'bob')], 1_000)).resolves.toBe(2);
    await recordSeenPosts(db, [post('1', 'ann')], 5_000);
    const rows = await db.seenPosts.orderBy('lastSeenAt').toArray();
    expect(rows).toEqual([
      { network: 'x', postId: '2', handle: 'bob', firstSeenAt: 1_000, lastSeenAt: 1_000 },
      { network: 'x', postId: '1', handle: 'ann', firstSeenAt: 1_000, lastSeenAt: 5_000 },
    ]);
  });

  it('keeps what later features added to a row', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await recordSeenPosts(db, [post('1', 'ann')], 1_000);
    await db.seenPosts.update(['x', '1'], { answeredAt: 2_000 });
    await recordSeenPosts(db, [post('1', 'ann')], 3_000);
    await expect(db.seenPosts.get(['x', '1'])).resolves.toMatchObject({ answeredAt: 2_000, lastSeenAt: 3_000 });
  });

  it('finds an author’s posts by handle', async () => {
    db = openDatabase(`test-${crypto.randomUUID()}`);
    await recordSeenPosts(db, [post('1', 'ann'), post('2', 'ann'), post('3', 'bob')], 1_000);
    await expect(db.seenPosts.where('handle').equals('ann').count()).resolves.toBe(2);
  });
});
