import type { Token, Tokenized } from './tokenize';

/**
 * Hashed features of one tokenised post: 32-bit hashes with a value each. Each model keeps the top
 * bits of a hash as its bucket, so one extraction serves models of different sizes.
 */
export interface FeatureVector {
  hashes: Uint32Array;
  values: Float32Array;
  length: number;
}

// Seeds keep the kinds of feature apart: "good" as a word, after a negation and in a bigram.
const WORD = 0x1b873593;
const NEGATED = 0x5bd1e995;
const HASHTAG = 0x27d4eb2f;
const BIGRAM = 0x165667b1;
const PREFIX = 0x7feb352d;
const CHAR_GRAM = 0x3c6ef372;
const DENSE = 0x68e31da4;
const DENSE_SHARE_SCALE = 3;

/** Word prefixes this long let "disappointing" share what the model learnt from "disappointed". */
const PREFIX_LENGTH = 5;

/**
 * Character 3- to 5-grams inside a word, its ends marked, as FastText does: "fuuck", "fckin" and
 * "idiots" share most of their grams with the spellings the training data has, and a word never
 * seen in training still carries what its pieces mean. Short words add nothing their unigram does
 * not, and the grams of a word count for less than the word, so spelling can only refine it.
 */
const GRAM_MIN = 3;
const GRAM_MAX = 5;
const GRAM_MIN_WORD = 4;
const GRAM_VALUE = 0.5;
/** The padding character that marks a word's start and end inside its grams. */
const WORD_EDGE = 32;

/** Writes the grams of `text` from index `n`; returns the next free index. */
function addCharGrams(text: string, hashes: Uint32Array, values: Float32Array, n: number): number {
  let at = n;
  const length = text.length;
  // Positions −1 and `length` are the edges; each start extends one character at a time, so one
  // running hash yields its 3-, 4- and 5-gram.
  for (let start = -1; start <= length + 1 - GRAM_MIN; start++) {
    let h = (0x811c9dc5 ^ CHAR_GRAM) >>> 0;
    const last = Math.min(length, start + GRAM_MAX - 1);
    for (let i = start; i <= last; i++) {
      h = Math.imul(h ^ (i < 0 || i === length ? WORD_EDGE : text.charCodeAt(i)), 0x01000193);
      if (i - start + 1 >= GRAM_MIN) {
        hashes[at] = mix(h);
        values[at++] = GRAM_VALUE;
      }
    }
  }
  return at;
}

/** A word of length L has 3L − 3 grams: room for three per character is enough. */
const GRAMS_PER_CHAR = 3;

/** FNV-1a over UTF-16 code units, finished with murmur3's mixer so the top bits are well spread. */
export function hashString(text: string, seed: number, start = 0, end = text.length): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

function mix(value: number): number {
  let h = value;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function pairHash(first: number, second: number): number {
  return mix(Math.imul(first, 0x9e3779b1) ^ second ^ BIGRAM);
}

/** The hash a word's unigram feature gets, plain or negated: training seeds weights through it. */
export function wordHash(word: string, negated: boolean): number {
  return hashString(word, negated ? NEGATED : WORD);
}

/**
 * Word valences (VADER's scale, about −4 to +4) keyed by `wordHash(word, false)`. It ships with the
 * models rather than as a word list, and lets every model see a VADER-like polarity of the post.
 */
export type Lexicon = ReadonlyMap<number, number>;

// VADER's constants: how much a booster, capitals, a negation and each '!' change a valence.
const BOOST = 0.293;
const CAPS_BOOST = 0.733;
const NEGATION_FACTOR = -0.74;
const EXCLAMATION_BOOST = 0.292;
const MAX_EXCLAMATIONS = 4;
/** Spreads the sum of valences over (−1, 1) the way VADER's compound score does. */
const COMPOUND_ALPHA = 15;

const BOOSTERS_UP = new Set([
  'very', 'really', 'so', 'soo', 'extremely', 'absolutely', 'totally', 'completely', 'incredibly', 'super',
  'too', 'most', 'more', 'especially', 'highly', 'utterly', 'fucking', 'freaking', 'such', 'truly', 'seriously',
]);
const BOOSTERS_DOWN = new Set(['kinda', 'sorta', 'slightly', 'somewhat', 'barely', 'hardly', 'little', 'partly', 'almost', 'marginally']);

/** Running sums of the lexicon polarity of one post. */
class Polarity {
  private sum = 0;
  private positive = 0;
  private negative = 0;
  private neutral = 0;
  private mostPositive = 0;
  private mostNegative = 0;
  private last = 0;

  /** `butAt`: index of the last "but"; what comes after it counts more, what comes before less. */
  constructor(
    private readonly lexicon: Lexicon | undefined,
    private readonly butAt: number,
    private readonly shouting: boolean,
  ) {}

  add(tokens: readonly Token[], i: number, hash: number): void {
    const token = tokens[i] as Token;
    const base = this.lexicon?.get(hash);
    if (base === undefined) {
      if (token.kind === 'word') this.neutral++;
      return;
    }
    const sign = Math.sign(base);
    let valence = base;
    const before = i > 0 ? (tokens[i - 1] as Token).text : '';
    if (BOOSTERS_UP.has(before)) valence += sign * BOOST;
    else if (BOOSTERS_DOWN.has(before)) valence -= sign * BOOST;
    if (token.caps && !this.shouting) valence += sign * CAPS_BOOST;
    if (token.negated) valence *= NEGATION_FACTOR;
    if (this.butAt >= 0) valence *= i < this.butAt ? 0.5 : i > this.butAt ? 1.5 : 1;
    this.sum += valence;
    if (valence > 0) this.positive += valence + 1;
    else if (valence < 0) this.negative += valence - 1;
    else this.neutral++;
    this.mostPositive = Math.max(this.mostPositive, valence);
    this.mostNegative = Math.min(this.mostNegative, valence);
    this.last = valence;
  }

  /** [compound, positive share, negative share, most positive, most negative and last valence / 4]. */
  finish(exclamations: number): [number, number, number, number, number, number] {
    let sum = this.sum;
    if (sum !== 0) sum += Math.sign(sum) * Math.min(exclamations, MAX_EXCLAMATIONS) * EXCLAMATION_BOOST;
    const compound = sum / Math.sqrt(sum * sum + COMPOUND_ALPHA);
    const total = this.positive - this.negative + this.neutral;
    if (total === 0) return [compound, 0, 0, 0, 0, 0];
    return [compound, this.positive / total, -this.negative / total, this.mostPositive / 4, this.mostNegative / 4, this.last / 4];
  }
}

function lastBut(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if ((tokens[i] as Token).text === 'but') return i;
  return -1;
}

const DENSE_NAMES = [
  'length', 'caps', 'exclaim', 'exclaim-runs', 'question', 'elongated', 'negations',
  'compound', 'positive', 'negative', 'most-positive', 'most-negative', 'last-valence',
] as const;
const DENSE_HASH = DENSE_NAMES.map((name) => hashString(name, DENSE));

/** Per token: a unigram, a prefix, a hashtag marker and a bigram at most, besides its grams. */
const MAX_PER_TOKEN = 4;

function hasGrams(token: Token): boolean {
  return token.kind === 'word' && token.text.length >= GRAM_MIN_WORD;
}

export function extractFeatures({ tokens, stats }: Tokenized, lexicon?: Lexicon): FeatureVector {
  let gramRoom = 0;
  for (const token of tokens) if (hasGrams(token)) gramRoom += token.text.length * GRAMS_PER_CHAR;
  const hashes = new Uint32Array(tokens.length * MAX_PER_TOKEN + gramRoom + DENSE_NAMES.length);
  const values = new Float32Array(hashes.length);
  const polarity = new Polarity(lexicon, lastBut(tokens), stats.capsRatio === 1);
  let n = 0;
  let previous = 0;
  let negations = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const word = hashString(token.text, WORD);
    polarity.add(tokens, i, word);
    hashes[n] = token.negated ? hashString(token.text, NEGATED) : word;
    values[n++] = 1;
    if (token.negated) negations++;
    if (hasGrams(token)) n = addCharGrams(token.text, hashes, values, n);
    if (token.kind === 'hashtag') {
      hashes[n] = mix(word ^ HASHTAG);
      values[n++] = 1;
    }
    if (token.kind === 'word' && token.text.length > PREFIX_LENGTH + 1) {
      hashes[n] = hashString(token.text, token.negated ? PREFIX ^ NEGATED : PREFIX, 0, PREFIX_LENGTH);
      values[n++] = 1;
    }
    if (i > 0 && !token.clauseStart) {
      hashes[n] = pairHash(previous, word);
      values[n++] = 1;
    }
    previous = word;
  }
  const polar = polarity.finish(stats.exclamations);
  const dense = [
    Math.min(stats.length, 280) / 280,
    stats.capsRatio,
    Math.log1p(stats.exclamations),
    Math.min(stats.exclamationRuns, 3),
    Math.log1p(stats.questions),
    Math.min(stats.elongatedWords, 3),
    Math.log1p(negations),
    polar[0],
    polar[1] * DENSE_SHARE_SCALE,
    polar[2] * DENSE_SHARE_SCALE,
    polar[3],
    polar[4],
    polar[5],
  ];
  for (let k = 0; k < dense.length; k++) {
    hashes[n] = DENSE_HASH[k] ?? 0;
    values[n++] = dense[k] ?? 0;
  }
  return { hashes, values, length: n };
}
