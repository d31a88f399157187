import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { wordHash } from '../features';
import { tokenize } from '../tokenize';

/**
 * VADER's hand-rated word list (vader-sentiment, Apache-2.0), used at training time only: it
 * seeds the sentiment weights of words so that a word the tweets rarely show still leans the way
 * people rate it. The trained file carries weights, not the list.
 */
/** The lexicon as the feature extractor reads it: keyed by each word's unigram hash. */
export function hashLexicon(lexicon: ReadonlyMap<string, number>): Map<number, number> {
  return new Map([...lexicon].map(([word, valence]) => [wordHash(word, false), valence]));
}

export function readVaderLexicon(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('vader-sentiment/package.json'));
  const lexicon = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
    const [entry = '', valence = ''] = line.split('\t');
    // Through the tokenizer, so ":-)" lands where the scanner puts it (":)") and "sooo" as "soo".
    const tokens = tokenize(entry).tokens;
    const token = tokens[0];
    if (tokens.length === 1 && token !== undefined && valence !== '') lexicon.set(token.text, Number(valence));
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
