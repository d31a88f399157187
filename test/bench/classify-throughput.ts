import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Sentiment from 'sentiment';
import vader from 'vader-sentiment';
import { createDefaultEngine, type Engine } from '../../lib/classify/engine';
import { defaultPolicy } from '../../lib/classify/policy';
import { readSemeval } from '../../lib/classify/train/data';
import { ms, verdict, type NodeBench, type Row } from './report';
import { median } from './stats';

/**
 * Whole-pipeline speed in Node on one core: text in, triage code out, through the real engine
 * and the trained model files, on the held-out SemEval 2016 test tweets; VADER and AFINN score
 * the same texts for comparison. Each measure takes its best of a few timed passes after a warm-up
 * pass, so a busy machine slows the figure less than it would a single pass.
 */

/** `scripts/bench.mjs` runs the compiled bench from the project root. */
const ROOT = process.cwd();
const TARGET_POSTS_PER_SEC = 30_000;
const TARGET_VADER_RATIO = 5;
const TARGET_SCREEN_MS = 2;
const SCREEN_POSTS = 20;
const PASSES = 4;
const SCREEN_REPEATS = 200;

export interface ClassifyThroughputResult {
  posts: number;
  carebarPostsPerSec: number;
  vaderPostsPerSec: number;
  afinnPostsPerSec: number;
  vaderRatio: number;
  /** Median time to classify one screen of 20 posts, one call at a time. */
  screenMs: number;
  /** VADER's median time for the same screens, timed the same way. */
  vaderScreenMs: number;
  pass: boolean;
  rows: Row[];
}

async function realEngine(): Promise<Engine> {
  const dir = join(ROOT, 'public', 'models');
  // Adapting off: the figure is the per-post cost, not that of the class-mix estimate.
  return createDefaultEngine(async (fileName) => JSON.parse(await readFile(join(dir, fileName), 'utf8')) as unknown, { policy: defaultPolicy(), adapt: false });
}

/** Posts per second over the best timed pass; `score` returns something so the work cannot be dropped. */
function postsPerSec(texts: readonly string[], score: (text: string) => number): number {
  let sink = 0;
  let bestMs = Infinity;
  for (let pass = 0; pass <= PASSES; pass++) {
    const started = performance.now();
    for (const text of texts) sink += score(text);
    const elapsed = performance.now() - started;
    if (pass > 0) bestMs = Math.min(bestMs, elapsed);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return texts.length / (bestMs / 1000);
}

const CODES = { red: 0, orange: 1, yellow: 2, green: 3 } as const;

export async function benchClassifyThroughput(): Promise<ClassifyThroughputResult> {
  const texts = readSemeval(join(ROOT, '..', 'shared', 'data')).test.map((row) => row.text);
  const engine = await realEngine();
  const classify = (text: string) => CODES[engine.classify({ id: '', text }).code];
  const carebarPostsPerSec = postsPerSec(texts, classify);
  const afinn = new Sentiment();
  const afinnPostsPerSec = postsPerSec(texts, (text) => afinn.analyze(text).score);
  const vaderPostsPerSec = postsPerSec(texts, (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound);

  const screenMs = screenTime(texts, classify);
  const vaderScreenMs = screenTime(texts, (text) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound);

  const vaderRatio = carebarPostsPerSec / vaderPostsPerSec;
  const throughputPass = carebarPostsPerSec >= TARGET_POSTS_PER_SEC;
  const ratioPass = vaderRatio >= TARGET_VADER_RATIO;
  const screenPass = screenMs < TARGET_SCREEN_MS;
  const rows: Row[] = [
    {
      figure: 'classify throughput',
      carebar: `carebar ${perSecond(carebarPostsPerSec)} (${texts.length.toLocaleString('en')} SemEval 2016 test tweets, whole pipeline)`,
      peer: `VADER ${perSecond(vaderPostsPerSec)}, AFINN ${perSecond(afinnPostsPerSec)}`,
      target: `target ≥ ${perSecond(TARGET_POSTS_PER_SEC)}`,
      verdict: verdict(throughputPass),
    },
    {
      figure: 'classify vs VADER',
      carebar: `carebar ${vaderRatio.toFixed(1)}× VADER's throughput`,
      peer: `VADER ${perSecond(vaderPostsPerSec)}`,
      target: `target ≥ ${TARGET_VADER_RATIO}×`,
      verdict: verdict(ratioPass),
    },
    {
      figure: 'classify one screen',
      carebar: `carebar ${ms(screenMs, 2)} for ${SCREEN_POSTS} posts (median of ${SCREEN_REPEATS})`,
      peer: `VADER ${ms(vaderScreenMs, 2)} for the same posts`,
      target: `target < ${ms(TARGET_SCREEN_MS, 0)}`,
      verdict: verdict(screenPass),
    },
  ];
  return {
    posts: texts.length,
    carebarPostsPerSec,
    vaderPostsPerSec,
    afinnPostsPerSec,
    vaderRatio,
    screenMs,
    vaderScreenMs,
    pass: throughputPass && ratioPass && screenPass,
    rows,
  };
}

/** Median time for one screen of posts, one call at a time, over screens taken in turn through the texts. */
function screenTime(texts: readonly string[], score: (text: string) => number): number {
  let sink = 0;
  const screens: number[] = [];
  for (let repeat = 0; repeat < SCREEN_REPEATS; repeat++) {
    const start = (repeat * SCREEN_POSTS) % (texts.length - SCREEN_POSTS);
    const screen = texts.slice(start, start + SCREEN_POSTS);
    const started = performance.now();
    for (const text of screen) sink += score(text);
    screens.push(performance.now() - started);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return median(screens);
}

function perSecond(postsPerSec: number): string {
  return `${Math.round(postsPerSec).toLocaleString('en')} posts/s`;
}

export const classifyBench: NodeBench = {
  name: 'classify',
  run: async () => {
    const result = await benchClassifyThroughput();
    const { rows, pass, ...figures } = result;
    console.log(`  ${result.posts.toLocaleString('en')} held-out SemEval 2016 test tweets, best of ${PASSES} timed passes after a warm-up, one core`);
    console.log(`  carebar classify: ${perSecond(result.carebarPostsPerSec)}; VADER: ${perSecond(result.vaderPostsPerSec)}; AFINN: ${perSecond(result.afinnPostsPerSec)}`);
    console.log(`  one screen of ${SCREEN_POSTS} posts: carebar ${ms(result.screenMs, 3)}, VADER ${ms(result.vaderScreenMs, 3)} (medians of ${SCREEN_REPEATS})`);
    return { rows, pass, figures };
  },
};
