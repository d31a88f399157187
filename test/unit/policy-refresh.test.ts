import { describe, expect, it, vi } from 'vitest';
import { Adaptation } from '../../lib/background/adaptation';
import type { LoadedEngine } from '../../lib/background/engine-loader';
import { createTriageService } from '../../lib/background/triage-service';
import { createEngine, type Classified, type Detectors } from '../../lib/classify/engine';
import { defaultPolicy } from '../../lib/classify/policy';
import { TriageClient } from '../../lib/content/triage-client';
import type { PostSnapshot } from '../../lib/sites/post';
import type { Policy } from '../../lib/sync/records';
import { freshDatabase } from './db-helpers';
import { xPost } from './post-builder';

const MINUTE = 60_000;
const POSTED = Date.parse('2026-11-23T10:00:00Z');

/** Neutral posts with no findings: every one is Green, so only the policy moves its deadline or VIP mark. */
const calm: Detectors = {
  scoreText: () => ({ sentiment: { negative: 0.1, neutral: 0.8, positive: 0.1 }, offensive: 0, hate: 0, spam: 0 }),
  findPii: () => [],
  findIntents: () => [],
  detectLanguage: () => 'en',
};

function snapshot(id: string, handle: string): PostSnapshot {
  return xPost({ id, handle, text: 'just saying hello', time: new Date(POSTED).toISOString() });
}

async function loaded(policy: Policy): Promise<LoadedEngine> {
  const adaptation = await Adaptation.open({ load: () => Promise.resolve(undefined), save: () => Promise.resolve() });
  return { engine: createEngine(calm, { policy, adapt: false }), adaptation };
}

describe('a saved policy reaches triage', () => {
  it('classifies again, under the new engine, posts it had kept answers for', async () => {
    let current = await loaded(defaultPolicy());
    const triage = createTriageService(freshDatabase(), () => Promise.resolve(current));
    const posts = [snapshot('1', 'ann'), snapshot('2', 'bo')];
    const before = await triage(posts, POSTED + MINUTE);
    expect(before.map((r) => [r.code, r.dueAt, r.signals.vip])).toEqual([
      ['green', POSTED + 240 * MINUTE, false],
      ['green', POSTED + 240 * MINUTE, false],
    ]);

    const policy: Policy = { ...defaultPolicy(), sla: { red: 0, orange: 180, yellow: 60, green: 30 }, vipHandles: [{ network: 'x', handle: 'bo' }] };
    current = await loaded(policy);
    const after = await triage(posts, POSTED + 2 * MINUTE);
    expect(after.map((r) => r.dueAt)).toEqual([POSTED + 30 * MINUTE, POSTED + 30 * MINUTE]);
    expect(after.map((r) => r.signals.vip)).toEqual([false, true]);
  });

  it('the page asks again for the posts on screen and forgets answers for the others', async () => {
    let deadline = 1_000;
    const send = vi.fn((posts: PostSnapshot[]) => Promise.resolve(posts.map((p) => ({ id: p.id, dueAt: deadline }) as Classified)));
    const client = new TriageClient(send);
    client.request([snapshot('1', 'ann'), snapshot('2', 'bo')]);
    await vi.waitFor(() => expect(client.current.size).toBe(2));

    deadline = 2_000;
    client.refresh([snapshot('2', 'bo')]);
    // The old answer stays shown until the new one comes.
    expect(client.current.get('2')?.dueAt).toBe(1_000);
    expect(client.current.has('1')).toBe(false);
    await vi.waitFor(() => expect(client.current.get('2')?.dueAt).toBe(2_000));
    expect(send.mock.calls.map(([posts]) => posts.map((p) => p.id))).toEqual([['1', '2'], ['2']]);

    // Post 1 scrolled back into view is asked for afresh, not left with its old deadline.
    client.request([snapshot('1', 'ann')]);
    await vi.waitFor(() => expect(client.current.get('1')?.dueAt).toBe(2_000));
  });
});
