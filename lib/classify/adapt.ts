import { z } from 'zod';

/**
 * Label-free adaptation to a new class mix (Saerens, Latinne & Decaestecker, "Adjusting the
 * outputs of a classifier to new a priori probabilities", Neural Computation 2002). A brand's
 * mentions are far more negative than the tweets the sentiment model learnt from, and a model
 * calibrated on the old mix under-calls the new one. EM re-estimates the mix from the model's
 * own posteriors and re-weights each posterior by new prior over training prior.
 *
 * Vectors are indexed by class and must use the same class order throughout.
 */

export interface EmOptions {
  /**
   * How far each class prior may move, as a ratio of its training prior: it stays within
   * [π/ratio, π×ratio]. A brand's mix is often twice as negative as the training mix, rarely
   * more than three times, and the bound keeps a model that is wrong on a batch (sarcasm,
   * another language) from talking itself into an extreme mix and then confirming it.
   */
  maxRatio?: number;
  tolerance?: number;
  maxIterations?: number;
  /** Fewer posts than this keep the training priors: EM on a handful follows their noise. */
  minSamples?: number;
}

export const DEFAULT_EM: Required<EmOptions> = { maxRatio: 3, tolerance: 1e-6, maxIterations: 200, minSamples: 30 };

export interface PriorEstimate {
  priors: number[];
  iterations: number;
  converged: boolean;
}

/**
 * p(y|x) re-weighted by πnew(y)/πtrain(y), normalised; unchanged if nothing is left to normalise.
 * Training priors are positive: a class the model never saw has no posterior to adjust.
 */
export function adjustPosterior(posterior: readonly number[], trainPriors: readonly number[], newPriors: readonly number[]): number[] {
  const weighted = posterior.map((p, y) => (p * at(newPriors, y)) / at(trainPriors, y));
  const total = sum(weighted);
  return total > 0 ? weighted.map((w) => w / total) : [...posterior];
}

/** The class mix of a batch: the EM fixed point of "priors = mean of the posteriors adjusted to them", kept within bounds. */
export function estimatePriors(posteriors: readonly (readonly number[])[], trainPriors: readonly number[], options: EmOptions = {}): PriorEstimate {
  const { maxRatio, tolerance, maxIterations, minSamples } = { ...DEFAULT_EM, ...options };
  if (posteriors.length < Math.max(1, minSamples)) return { priors: [...trainPriors], iterations: 0, converged: true };
  const low = trainPriors.map((p) => p / maxRatio);
  const high = trainPriors.map((p) => Math.min(1, p * maxRatio));
  let priors = [...trainPriors];
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const next = withinBounds(meanAdjusted(posteriors, trainPriors, priors), low, high);
    const change = Math.max(...next.map((p, y) => Math.abs(p - at(priors, y))));
    priors = next;
    if (change < tolerance) return { priors, iterations: iteration, converged: true };
  }
  return { priors, iterations: maxIterations, converged: false };
}

/** The mean of `adjustPosterior` over a batch, without an array per post: EM runs this many times over thousands. */
function meanAdjusted(posteriors: readonly (readonly number[])[], trainPriors: readonly number[], priors: readonly number[]): number[] {
  const weights = priors.map((p, y) => p / at(trainPriors, y));
  const totals = weights.map(() => 0);
  for (const posterior of posteriors) {
    let norm = 0;
    for (let y = 0; y < weights.length; y++) norm += at(posterior, y) * at(weights, y);
    if (norm <= 0) continue;
    for (let y = 0; y < weights.length; y++) totals[y] = at(totals, y) + (at(posterior, y) * at(weights, y)) / norm;
  }
  return totals.map((total) => total / posteriors.length);
}

/**
 * Puts a distribution within [low, high] per class, keeping the free classes in proportion:
 * finds the scale s at which the clamped s·p sums to 1. That sum only grows with s, so
 * bisection finds it; the bounds around a training mix always allow a sum of 1.
 */
export function withinBounds(priors: readonly number[], low: readonly number[], high: readonly number[]): number[] {
  const place = (scale: number) => priors.map((p, y) => Math.min(at(high, y), Math.max(at(low, y), p * scale)));
  if (priors.every((p, y) => p >= at(low, y) && p <= at(high, y))) return [...priors];
  let under = 0;
  let over = Math.max(...priors.map((p, y) => (p > 0 ? at(high, y) / p : 0)));
  for (let step = 0; step < BISECTION_STEPS; step++) {
    const middle = (under + over) / 2;
    if (middle === under || middle === over) break;
    if (sum(place(middle)) < 1) under = middle;
    else over = middle;
  }
  return place(over);
}

/** Far more than doubles need to meet: each step halves the interval. */
const BISECTION_STEPS = 200;

export interface TrackerOptions extends EmOptions {
  /** How many recent posts the estimate rests on: enough for a stable mix, few enough to follow a change in a day or two. */
  capacity?: number;
}

export const DEFAULT_CAPACITY = 500;
/**
 * EM over a full window takes milliseconds, and one post moves a mix of hundreds by a fraction
 * of a percent: the estimate is worked out again once this many posts have come in.
 */
export const REESTIMATE_EVERY = 25;

const trackerStateSchema = z
  .strictObject({
    version: z.literal(1),
    trainPriors: z.array(z.number().positive().max(1)).min(2),
    /** Oldest first. */
    posteriors: z.array(z.array(z.number().min(0).max(1))),
  })
  .refine((state) => state.posteriors.every((p) => p.length === state.trainPriors.length), 'one probability per class in every posterior');
export type TrackerState = z.infer<typeof trackerStateSchema>;

/**
 * The posteriors of the last `capacity` posts seen, and the class mix EM finds in them. EM
 * needs each posterior, not only their sum, so the window keeps them all (capacity × classes
 * numbers). The estimate is worked out when asked and kept until the next post.
 */
export class PriorTracker {
  private window: number[][] = [];
  private oldest = 0;
  private estimate: PriorEstimate | null = null;
  /** Posts added since the estimate was worked out, and how many it rested on. */
  private pending = 0;
  private estimatedOn = 0;
  private readonly capacity: number;

  constructor(
    readonly trainPriors: readonly number[],
    private readonly options: TrackerOptions = {},
  ) {
    this.capacity = Math.max(1, options.capacity ?? DEFAULT_CAPACITY);
  }

  get count(): number {
    return this.window.length;
  }

  add(posterior: readonly number[]): void {
    if (posterior.length !== this.trainPriors.length) throw new RangeError(`expected ${this.trainPriors.length} class probabilities, got ${posterior.length}`);
    if (this.window.length < this.capacity) this.window.push([...posterior]);
    else {
      this.window[this.oldest] = [...posterior];
      this.oldest = (this.oldest + 1) % this.capacity;
    }
    this.pending++;
  }

  /** The current estimate; the training priors until `minSamples` posts are in. */
  priors(): number[] {
    // Below `minSamples` the estimate is the training mix, found without EM: no reason to wait.
    const minSamples = this.options.minSamples ?? DEFAULT_EM.minSamples;
    if (this.estimate === null || this.pending >= REESTIMATE_EVERY || (this.pending > 0 && this.estimatedOn < minSamples)) {
      this.estimate = estimatePriors(this.window, this.trainPriors, this.options);
      this.pending = 0;
      this.estimatedOn = this.window.length;
    }
    return [...this.estimate.priors];
  }

  /** Forget every post seen: the user's way back to the model's own mix. */
  reset(): void {
    this.window = [];
    this.oldest = 0;
    this.estimate = null;
    this.pending = 0;
    this.estimatedOn = 0;
  }

  serialise(): TrackerState {
    const ordered = [...this.window.slice(this.oldest), ...this.window.slice(0, this.oldest)];
    return { version: 1, trainPriors: [...this.trainPriors], posteriors: ordered.map((p) => [...p]) };
  }

  /**
   * A tracker from stored state; throws a ZodError for anything else, which a caller treats
   * as "start over". State saved under other training priors (a new model) starts empty: its
   * posteriors came from a different model.
   */
  static parse(data: unknown, trainPriors: readonly number[], options: TrackerOptions = {}): PriorTracker {
    const state = trackerStateSchema.parse(data);
    const tracker = new PriorTracker(trainPriors, options);
    const sameModel = state.trainPriors.length === trainPriors.length && state.trainPriors.every((p, y) => p === trainPriors[y]);
    if (sameModel) for (const posterior of state.posteriors.slice(-tracker.capacity)) tracker.add(posterior);
    return tracker;
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** Index into a vector whose length the caller has checked. */
function at(values: readonly number[], index: number): number {
  return values[index] ?? 0;
}
