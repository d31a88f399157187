import type { Policy } from '../sync/records';
import { adjustPosterior, estimatePriors, PriorTracker, type EmOptions } from './adapt';
import { findIntents } from './intents';
import { detectLanguage } from './language';
import { loadModels, scoreText, type Models, type ReadModelFile } from './model';
import { findPii } from './pii';
import { DEFAULT_ALERTS, triage, type Alerts, type Evidence } from './rules';
import { handleKey, isAlreadyAnswered, isRepeatPoster, type Sighting } from './signals';
import { dueAt } from './sla';
import type { IntentFinding, ModelScores, PiiFinding, PostInput, SentimentLabel, SentimentProbabilities, Signals, Triage } from './types';

/** What the engine needs from the detectors and models; tests pass fakes. */
export interface Detectors {
  scoreText(text: string): ModelScores;
  findPii(text: string): PiiFinding[];
  findIntents(text: string): IntentFinding[];
  detectLanguage(text: string): Signals['language'];
  /** Thresholds the trained models came with; the rules' defaults otherwise. */
  alerts?: Alerts;
}

export interface EngineOptions {
  policy: Policy;
  /** Re-estimate the sentiment class mix from the posts seen (see `adapt.ts`). */
  adapt: boolean;
  /**
   * The class mix the sentiment model was trained under. Uniform is right for a model trained
   * with balanced class weights; a model trained on the raw mix must say what that mix was.
   */
  trainingPriors?: SentimentProbabilities;
  /** Carries the adaptation from post to post in `classify`; the extension persists it. Made with `trainingPriors`. */
  tracker?: PriorTracker;
  em?: EmOptions;
}

/** What the page knows around one post. */
export interface ClassifyContext {
  network?: string;
  /** Other posts seen, on the page and in the seen-posts log, for the repeat-poster signal. */
  sightings?: readonly Sighting[];
  /** Handles of the replies visible under the post. */
  replyHandles?: readonly string[];
  /** The brand's own handles, whose replies mean "already answered". */
  brandHandles?: readonly string[];
}

export type Classified = Triage & { dueAt: number | null };

export interface Adaptation {
  training: SentimentProbabilities;
  estimated: SentimentProbabilities;
  /** English posts the estimate rests on; posts in other languages have no trusted posterior. */
  posts: number;
  iterations: number;
  converged: boolean;
  /** Posts whose code is not what it would be without adapting. */
  changedCodes: number;
}

export interface BatchResult {
  results: Classified[];
  /** Null when adapting is off. */
  adaptation: Adaptation | null;
}

export interface Engine {
  /** One post as it appears. With adapting on, each call counts the post towards the class mix: classify a post once and keep the result. */
  classify(post: PostInput, context?: ClassifyContext): Classified;
  /** A whole file or page at once: the posts are each other's sightings, and EM runs over all of them. */
  classifyBatch(posts: readonly PostInput[], context?: ClassifyContext): BatchResult;
}

const LABELS = ['negative', 'neutral', 'positive'] as const satisfies readonly SentimentLabel[];
const UNIFORM: SentimentProbabilities = { negative: 1 / 3, neutral: 1 / 3, positive: 1 / 3 };

export function createEngine(deps: Detectors, options: EngineOptions): Engine {
  const { policy, adapt } = options;
  const training = toVector(options.trainingPriors ?? UNIFORM);
  const tracker = options.tracker ?? new PriorTracker(training, options.em);
  if (tracker.trainPriors.some((p, y) => p !== training[y])) throw new RangeError('the tracker was made for other training priors');

  const gather = (text: string): Evidence => ({
    scores: deps.scoreText(text),
    pii: deps.findPii(text),
    intents: deps.findIntents(text),
    language: deps.detectLanguage(text),
  });

  const judge = (post: PostInput, evidence: Evidence, context: ClassifyContext): Triage =>
    triage(post, evidence, { policy, network: context.network, signals: contextSignals(post, context), ...(deps.alerts ? { alerts: deps.alerts } : {}) });

  // Field by field: a spread of the result cost half as much as the rules themselves (3% of the pipeline).
  const withDue = (post: PostInput, { id, code, categories, sentiment, intensity, signals, reasons }: Triage): Classified => ({
    id,
    code,
    categories,
    sentiment,
    intensity,
    signals,
    reasons,
    dueAt: post.createdAt === undefined ? null : dueAt(code, post.createdAt, policy),
  });

  return {
    classify(post, context = {}) {
      const evidence = gather(post.text);
      if (!adapt || evidence.language !== 'en') return withDue(post, judge(post, evidence, context));
      tracker.add(toVector(evidence.scores.sentiment));
      return withDue(post, judge(post, withPriors(evidence, training, tracker.priors()), context));
    },

    classifyBatch(posts, context = {}) {
      const byHandle = groupByHandle([...(context.sightings ?? []), ...batchSightings(posts)]);
      const contexts = posts.map((post) => ({ ...context, sightings: post.author === undefined ? [] : (byHandle.get(handleKey(post.author)) ?? []) }));
      const evidence = posts.map((post) => gather(post.text));
      const plain = posts.map((post, i) => judge(post, at(evidence, i), at(contexts, i)));
      if (!adapt) return { results: plain.map((result, i) => withDue(at(posts, i), result)), adaptation: null };

      const english = evidence.filter((e) => e.language === 'en');
      const estimate = estimatePriors(
        english.map((e) => toVector(e.scores.sentiment)),
        training,
        options.em,
      );
      const results = posts.map((post, i) => {
        const e = at(evidence, i);
        return e.language === 'en' ? judge(post, withPriors(e, training, estimate.priors), at(contexts, i)) : at(plain, i);
      });
      return {
        results: results.map((result, i) => withDue(at(posts, i), result)),
        adaptation: {
          training: toProbabilities(training),
          estimated: toProbabilities(estimate.priors),
          posts: english.length,
          iterations: estimate.iterations,
          converged: estimate.converged,
          changedCodes: results.filter((result, i) => result.code !== at(plain, i).code).length,
        },
      };
    },
  };
}

/**
 * The engine with the real detectors and the trained models, read through `read` (a file
 * reader in Node, `fetchModelFile` in the extension).
 */
export async function createDefaultEngine(read: ReadModelFile, options: EngineOptions): Promise<Engine> {
  const models = await loadModels(read);
  return createEngine({ scoreText: (text) => scoreText(models, text), findPii, findIntents, detectLanguage, alerts: alertsOf(models) }, options);
}

function alertsOf(models: Models): Alerts {
  return {
    hateRed: models.hate.alerts?.red ?? DEFAULT_ALERTS.hateRed,
    spamRed: models.spam.alerts?.red ?? DEFAULT_ALERTS.spamRed,
    obsceneRed: models.offensive.alerts?.red ?? DEFAULT_ALERTS.obsceneRed,
    rude: models.offensive.alerts?.flag ?? DEFAULT_ALERTS.rude,
  };
}

function contextSignals(post: PostInput, context: ClassifyContext): Pick<Signals, 'repeatPoster' | 'alreadyAnswered'> {
  const { author, createdAt } = post;
  return {
    repeatPoster: author !== undefined && createdAt !== undefined && isRepeatPoster({ handle: author, at: createdAt, postId: post.id }, context.sightings ?? []),
    alreadyAnswered: isAlreadyAnswered(context.replyHandles ?? [], context.brandHandles ?? []),
  };
}

function batchSightings(posts: readonly PostInput[]): Sighting[] {
  return posts.flatMap(({ id, author, createdAt }) => (author !== undefined && createdAt !== undefined ? [{ handle: author, at: createdAt, postId: id }] : []));
}

/** Each person's sightings together, so a file of thousands of posts is not compared pairwise. */
function groupByHandle(sightings: readonly Sighting[]): Map<string, Sighting[]> {
  const groups = new Map<string, Sighting[]>();
  for (const sighting of sightings) {
    const key = handleKey(sighting.handle);
    const group = groups.get(key);
    if (group) group.push(sighting);
    else groups.set(key, [sighting]);
  }
  return groups;
}

function withPriors(evidence: Evidence, training: readonly number[], priors: readonly number[]): Evidence {
  const sentiment = toProbabilities(adjustPosterior(toVector(evidence.scores.sentiment), training, priors));
  return { ...evidence, scores: { ...evidence.scores, sentiment } };
}

function toVector(probabilities: SentimentProbabilities): number[] {
  return LABELS.map((label) => probabilities[label]);
}

function toProbabilities(vector: readonly number[]): SentimentProbabilities {
  const [negative = 0, neutral = 0, positive = 0] = vector;
  return { negative, neutral, positive };
}

/** Index into an array built alongside `posts`. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`no item ${index}`);
  return item;
}
