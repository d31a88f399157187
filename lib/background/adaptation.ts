import { DEFAULT_EM, PriorTracker } from '../classify/adapt';
import type { AdaptationSummary } from '../classify/schema';
import type { SentimentProbabilities } from '../classify/types';

/**
 * The sentiment model is trained with balanced class weights, so the class mix it assumes is
 * uniform; the tracker moves away from that as it sees the team's own mentions.
 */
export const TRAINING_PRIORS: SentimentProbabilities = { negative: 1 / 3, neutral: 1 / 3, positive: 1 / 3 };
const TRAINING_VECTOR = [TRAINING_PRIORS.negative, TRAINING_PRIORS.neutral, TRAINING_PRIORS.positive];

/** Every post nudges the estimate; storage is written at most this often. */
const SAVE_EVERY_MS = 10_000;

export interface AdaptationStorage {
  load(): Promise<unknown>;
  save(state: unknown): Promise<void>;
}

/**
 * The class mix learnt from the posts seen, kept across service-worker restarts. A stored state
 * that does not parse, or was learnt under another model, starts over rather than misleading.
 */
export class Adaptation {
  private saveTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    readonly tracker: PriorTracker,
    private readonly storage: AdaptationStorage,
  ) {}

  static async open(storage: AdaptationStorage): Promise<Adaptation> {
    let tracker: PriorTracker;
    try {
      tracker = PriorTracker.parse(await storage.load(), TRAINING_VECTOR);
    } catch {
      tracker = new PriorTracker(TRAINING_VECTOR);
    }
    return new Adaptation(tracker, storage);
  }

  /** Called after posts were classified: saves a little later, once for many posts. */
  changed(): void {
    this.saveTimer ??= setTimeout(() => {
      this.saveTimer = undefined;
      void this.storage.save(this.tracker.serialise());
    }, SAVE_EVERY_MS);
  }

  async reset(): Promise<AdaptationSummary> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.tracker.reset();
    await this.storage.save(this.tracker.serialise());
    return this.summary();
  }

  summary(): AdaptationSummary {
    const [negative = 0, neutral = 0, positive = 0] = this.tracker.priors();
    return { posts: this.tracker.count, needed: DEFAULT_EM.minSamples, training: { ...TRAINING_PRIORS }, estimated: { negative, neutral, positive } };
  }
}
