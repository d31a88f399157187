import { afterEach, describe, expect, it, vi } from 'vitest';
import { Adaptation, type AdaptationStorage } from '../../lib/background/adaptation';

function memoryStorage(initial?: unknown): AdaptationStorage & { saved: unknown[] } {
  const saved: unknown[] = [];
  return {
    saved,
    load: () => Promise.resolve(saved.at(-1) ?? initial),
    save: (state) => {
      saved.push(state);
      return Promise.resolve();
    },
  };
}

/** Posts whose model says "negative" four times in five, as a brand's mentions often do. */
function feedNegativeMentions(adaptation: Adaptation, count: number): void {
  for (let i = 0; i < count; i++) adaptation.tracker.add(i % 5 === 0 ? [0.1, 0.3, 0.6] : [0.7, 0.2, 0.1]);
}

afterEach(() => vi.useRealTimers());

describe('Adaptation', () => {
  it('keeps the model’s own mix until enough posts are in, then moves towards the posts seen', async () => {
    const adaptation = await Adaptation.open(memoryStorage());
    feedNegativeMentions(adaptation, 10);
    expect(adaptation.summary()).toMatchObject({ posts: 10, needed: 30, estimated: { negative: 1 / 3 } });
    feedNegativeMentions(adaptation, 90);
    expect(adaptation.summary().estimated.negative).toBeGreaterThan(0.5);
  });

  it('saves a while after a change, once for many posts, and a new worker carries on from it', async () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const first = await Adaptation.open(storage);
    feedNegativeMentions(first, 60);
    first.changed();
    first.changed();
    expect(storage.saved).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(storage.saved).toHaveLength(1);

    const second = await Adaptation.open(storage);
    expect(second.summary()).toEqual(first.summary());
  });

  it('starts over from stored state that does not parse', async () => {
    const adaptation = await Adaptation.open(memoryStorage({ version: 99, posteriors: 'garbage' }));
    expect(adaptation.summary().posts).toBe(0);
  });

  it('resets to the model’s own mix and stores that at once', async () => {
    const storage = memoryStorage();
    const adaptation = await Adaptation.open(storage);
    feedNegativeMentions(adaptation, 60);
    const summary = await adaptation.reset();
    expect(summary).toMatchObject({ posts: 0, estimated: { negative: 1 / 3, neutral: 1 / 3, positive: 1 / 3 } });
    expect((await Adaptation.open(storage)).summary().posts).toBe(0);
  });
});
