import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { wordHash } from '../features';
import { tokenize } from '../tokenize';

/**
 * Hand-rated word valences, read at training time: VADER's list (vader-sentiment, Apache-2.0) and,
 * for what it lacks, AFINN's words and emoji (sentiment, MIT). They drive the polarity features
 * and can seed the sentiment weights of words the tweets rarely show. The sentiment model file
 * carries the merged list as hashes (see `lexicon-file.ts`), not as words.
 */

/** AFINN rates from −5 to +5 in whole steps, VADER from −4 to +4: this puts AFINN on VADER's scale. */
const AFINN_TO_VADER = 0.8;

/** The lexicon as the feature extractor reads it: keyed by each word's unigram hash. */
export function hashLexicon(lexicon: ReadonlyMap<string, number>): Map<number, number> {
  return new Map([...lexicon].map(([word, valence]) => [wordHash(word, false), valence]));
}

function packageDir(name: string): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve(`${name}/package.json`));
}

/** One entry as the scanner sees it (":-)" as ":)", "sooo" as "soo"), or undefined if it is not one token. */
function asToken(entry: string): string | undefined {
  const tokens = tokenize(entry).tokens;
  return tokens.length === 1 ? tokens[0]?.text : undefined;
}

export function readVaderLexicon(): Map<string, number> {
  const lexicon = new Map<string, number>();
  for (const line of readFileSync(join(packageDir('vader-sentiment'), 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [entry = '', valence = ''] = line.split('\t');
    const token = asToken(entry);
    if (token !== undefined && valence !== '') lexicon.set(token, Number(valence));
  }
  return lexicon;
}

function readJsonValences(path: string): Map<string, number> {
  const lexicon = new Map<string, number>();
  for (const [entry, valence] of Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, number>)) {
    const token = asToken(entry);
    if (token !== undefined) lexicon.set(token, valence * AFINN_TO_VADER);
  }
  return lexicon;
}

/** VADER's list, completed with AFINN's words and emoji where VADER has no rating. */
export function readLexicon(): Map<string, number> {
  const lexicon = readVaderLexicon();
  const dir = packageDir('sentiment');
  for (const extra of [join(dir, 'languages', 'en', 'labels.json'), join(dir, 'build', 'emoji.json')]) {
    for (const [token, valence] of readJsonValences(extra)) if (!lexicon.has(token)) lexicon.set(token, valence);
  }
  return lexicon;
}

/**
 * Prior weights for a three-class (negative, neutral, positive) model: a word of valence v pulls
 * towards −v on negative and +v on positive, scaled; after a negation, the other way at half strength.
 */
export function sentimentPrior(lexicon: ReadonlyMap<string, number>, bits: number, strength: number): Float64Array {
  const prior = new Float64Array(3 << bits);
  const shift = 32 - bits;
  for (const [word, valence] of lexicon) {
    for (const [negated, sign] of [[false, 1], [true, -0.5]] as const) {
      const base = (wordHash(word, negated) >>> shift) * 3;
      prior[base] = (prior[base] ?? 0) - strength * sign * valence;
      prior[base + 2] = (prior[base + 2] ?? 0) + strength * sign * valence;
    }
  }
  return prior;
}
