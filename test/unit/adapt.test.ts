import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { adjustPosterior, estimatePriors, PriorTracker, REESTIMATE_EVERY, withinBounds } from '../../lib/classify/adapt';

/** A seeded generator, so a failure reproduces. */
function generator(seed: number) {
  let state = seed;
  const uniform = () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
  const normal = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

/**
 * A known world: class y emits x ~ N(mean[y], 1). The exact posterior under the training priors
 * is what a perfectly calibrated model trained on that mix would output.
 */
const MEANS = [-1.5, 0, 1.5];
const TRAIN = [0.2, 0.5, 0.3];

function batch(truePriors: number[], size: number, seed: number): number[][] {
  const { uniform, normal } = generator(seed);
  return Array.from({ length: size }, () => {
    let u = uniform();
    const y = truePriors.findIndex((p) => (u -= p) < 0);
    const x = MEANS[y === -1 ? truePriors.length - 1 : y]! + normal();
    const joint = MEANS.map((mean, c) => TRAIN[c]! * Math.exp(-((x - mean) ** 2) / 2));
    const total = joint.reduce((a, b) => a + b, 0);
    return joint.map((j) => j / total);
  });
}

const mean = (rows: number[][]) => rows[0]!.map((_, c) => rows.reduce((s, r) => s + r[c]!, 0) / rows.length);

describe('adjustPosterior', () => {
  it('leaves a posterior alone when the priors do not move', () => {
    adjustPosterior([0.2, 0.3, 0.5], TRAIN, TRAIN).forEach((p, c) => expect(p).toBeCloseTo([0.2, 0.3, 0.5][c]!, 12));
  });

  it('re-weights by new over training prior and normalises', () => {
    const adjusted = adjustPosterior([0.5, 0.5], [0.5, 0.5], [0.8, 0.2]);
    expect(adjusted[0]).toBeCloseTo(0.8);
    expect(adjusted[1]).toBeCloseTo(0.2);
  });

  it('keeps a posterior with nothing to normalise', () => {
    expect(adjustPosterior([0, 0], [0.5, 0.5], [0.8, 0.2])).toEqual([0, 0]);
  });
});

describe('estimatePriors', () => {
  it('recovers a shifted class mix from posteriors alone', () => {
    const truth = [0.5, 0.3, 0.2];
    const posteriors = batch(truth, 20_000, 11);
    const { priors, converged } = estimatePriors(posteriors, TRAIN);
    expect(converged).toBe(true);
    priors.forEach((p, c) => expect(Math.abs(p - truth[c]!)).toBeLessThan(0.03));
    // The plain mean of the posteriors is pulled towards the training mix; EM undoes that.
    expect(Math.abs(mean(posteriors)[0]! - truth[0]!)).toBeGreaterThan(0.05);
  });

  it('stays near the training mix when nothing has shifted', () => {
    const { priors } = estimatePriors(batch(TRAIN, 20_000, 5), TRAIN);
    priors.forEach((p, c) => expect(Math.abs(p - TRAIN[c]!)).toBeLessThan(0.03));
  });

  it('keeps each prior within a third and three times its training value', () => {
    const { priors } = estimatePriors(batch([0.96, 0.02, 0.02], 5_000, 3), TRAIN);
    expect(priors[0]).toBeLessThanOrEqual(0.6 + 1e-12);
    expect(priors[0]).toBeCloseTo(0.6, 6);
    expect(priors[1]).toBeGreaterThanOrEqual(0.5 / 3 - 1e-12);
    expect(priors[2]).toBeGreaterThanOrEqual(0.1 - 1e-12);
    expect(priors.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('takes its own bound', () => {
    const { priors } = estimatePriors(batch([0.96, 0.02, 0.02], 5_000, 3), TRAIN, { maxRatio: 1.5 });
    expect(priors[0]).toBeCloseTo(0.3, 6);
  });

  it('keeps the training mix for fewer posts than the minimum', () => {
    const few = batch([0.9, 0.05, 0.05], 29, 1);
    expect(estimatePriors(few, TRAIN)).toEqual({ priors: TRAIN, iterations: 0, converged: true });
    expect(estimatePriors([], TRAIN, { minSamples: 0 }).priors).toEqual(TRAIN);
    expect(estimatePriors(few, TRAIN, { minSamples: 10 }).priors).not.toEqual(TRAIN);
  });

  it('stops at the iteration limit and says so', () => {
    const result = estimatePriors(batch([0.5, 0.3, 0.2], 1_000, 2), TRAIN, { maxIterations: 2 });
    expect(result).toMatchObject({ iterations: 2, converged: false });
  });
});

describe('withinBounds', () => {
  it('clamps and spreads the difference over the free classes in proportion', () => {
    // 0.9 is capped at 0.6; the other two share the remaining 0.4 as 0.06 : 0.04.
    const out = withinBounds([0.9, 0.06, 0.04], [0.1, 0.1, 0.1], [0.6, 1, 1]);
    [0.6, 0.24, 0.16].forEach((p, c) => expect(out[c]).toBeCloseTo(p, 12));
  });

  it('raises a class to its floor and takes the difference from the others', () => {
    const out = withinBounds([0.02, 0.49, 0.49], [0.1, 0.1, 0.1], [1, 1, 1]);
    [0.1, 0.45, 0.45].forEach((p, c) => expect(out[c]).toBeCloseTo(p, 12));
  });

  it('leaves a distribution within bounds alone', () => {
    expect(withinBounds([0.3, 0.3, 0.4], [0.1, 0.1, 0.1], [0.9, 0.9, 0.9])).toEqual([0.3, 0.3, 0.4]);
  });
});

describe('PriorTracker', () => {
  const shifted = batch([0.5, 0.3, 0.2], 400, 21);

  it('keeps the training priors until enough posts are in', () => {
    const tracker = new PriorTracker(TRAIN);
    shifted.slice(0, 29).forEach((p) => tracker.add(p));
    expect(tracker.priors()).toEqual(TRAIN);
    tracker.add(shifted[29]!);
    expect(tracker.priors()[0]).toBeGreaterThan(TRAIN[0]!);
  });

  it('follows the posts it has seen', () => {
    const tracker = new PriorTracker(TRAIN);
    shifted.forEach((p) => tracker.add(p));
    expect(tracker.priors()[0]).toBeGreaterThan(0.4);
    expect(tracker.count).toBe(400);
  });

  it('forgets posts beyond its capacity', () => {
    const tracker = new PriorTracker(TRAIN, { capacity: 100 });
    shifted.forEach((p) => tracker.add(p));
    batch(TRAIN, 100, 8).forEach((p) => tracker.add(p));
    expect(tracker.count).toBe(100);
    expect(Math.abs(tracker.priors()[0]! - TRAIN[0]!)).toBeLessThan(0.1);
  });

  it('goes back to the training priors on reset', () => {
    const tracker = new PriorTracker(TRAIN);
    shifted.forEach((p) => tracker.add(p));
    tracker.reset();
    expect(tracker.count).toBe(0);
    expect(tracker.priors()).toEqual(TRAIN);
  });

  it('refuses a posterior with the wrong number of classes', () => {
    expect(() => new PriorTracker(TRAIN).add([0.5, 0.5])).toThrow(RangeError);
  });

  it('survives a round trip through JSON, oldest post first', () => {
    const tracker = new PriorTracker(TRAIN, { capacity: 50 });
    shifted.slice(0, 120).forEach((p) => tracker.add(p));
    const state = JSON.parse(JSON.stringify(tracker.serialise())) as unknown;
    const restored = PriorTracker.parse(state, TRAIN, { capacity: 50 });
    restored.priors().forEach((p, c) => expect(p).toBeCloseTo(tracker.priors()[c]!, 12));
    expect(restored.serialise()).toEqual(tracker.serialise());
    expect(tracker.serialise().posteriors[0]).toEqual(shifted[70]);
  });

  it('keeps only the newest posts when restored into a smaller window', () => {
    const tracker = new PriorTracker(TRAIN);
    shifted.slice(0, 60).forEach((p) => tracker.add(p));
    const restored = PriorTracker.parse(tracker.serialise(), TRAIN, { capacity: 40 });
    expect(restored.serialise().posteriors).toEqual(shifted.slice(20, 60));
  });

  it('starts empty from state saved under other training priors', () => {
    const tracker = new PriorTracker(TRAIN);
    shifted.slice(0, 60).forEach((p) => tracker.add(p));
    expect(PriorTracker.parse(tracker.serialise(), [0.3, 0.4, 0.3]).count).toBe(0);
  });

  it('rejects state that is not its own', () => {
    expect(() => PriorTracker.parse({ version: 2, trainPriors: TRAIN, posteriors: [] }, TRAIN)).toThrow(ZodError);
    expect(() => PriorTracker.parse({ version: 1, trainPriors: TRAIN, posteriors: [[0.5, 0.5]] }, TRAIN)).toThrow(ZodError);
    expect(() => PriorTracker.parse('nonsense', TRAIN)).toThrow(ZodError);
  });
});

describe('PriorTracker re-estimating', () => {
  it('works the mix out again only every few posts once it has enough, not on every post', () => {
    const tracker = new PriorTracker([1 / 3, 1 / 3, 1 / 3]);
    for (let i = 0; i < 40; i++) tracker.add([0.8, 0.15, 0.05]);
    const settled = tracker.priors();
    tracker.add([0.05, 0.15, 0.8]);
    expect(tracker.priors()).toEqual(settled);
    for (let i = 1; i < REESTIMATE_EVERY; i++) tracker.add([0.05, 0.15, 0.8]);
    expect(tracker.priors()).not.toEqual(settled);
  });
});
