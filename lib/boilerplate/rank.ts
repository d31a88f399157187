import type { Network } from '../sites/post';
import type { Boilerplate, TriageCode } from '../sync/records';
import { queryWords } from '../text/words';
import { CODE_BIT, indexLibrary, type LibraryIndex, type Postings } from './library-index';
import { contentTerms, searchPrefix } from './terms';
import { CODE_LABELS } from '../text/code-labels';

export { indexLibrary, type LibraryIndex } from './library-index';

/** The post being answered, as far as it is known. */
export interface PostToAnswer {
  text: string;
  code?: TriageCode;
  /** The classifier's categories, most important first. */
  categories?: readonly string[];
  network?: Network;
}

export interface RankOptions {
  /** What the agent typed in the search box: only templates with every word (as a prefix) are kept. */
  query?: string;
  limit?: number;
}

export interface RankedTemplate {
  template: Boilerplate;
  score: number;
  /** Why it ranked where it did, for the agent: "fits Yellow · billing", "words in common: refund, card". */
  reasons: string[];
}

/** A template written for the post's code is a better start than one sharing a word or two. */
const CODE_FIT = 2;
/** The post's first category weighs most; the classifier lists them most important first. */
const CATEGORY_FIT = [4, 3, 2] as const;
/** A template meant for other codes (thanks for praise, under a complaint) sinks, without vanishing. */
const CODE_MISMATCH = 0.25;
/** What the agent typed says more than anything guessed from the post. */
const QUERY_WEIGHT = 2;
/** Masks are 32 bits; terms and categories past that still score, but are not named in reasons. */
const MASK_BITS = 32;
const REASON_WORDS = 5;


/**
 * The library ranked for a post, best first. Templates for other networks are dropped; the rest
 * rank by fitting the post's code and categories, plus the words they share with it (stemmed,
 * rarer words weighing more). Equal scores keep library order. Pass the library array (its
 * index is built once and cached) or an index from `indexLibrary`.
 */
export function rankTemplates(
  library: readonly Boilerplate[] | LibraryIndex,
  post: PostToAnswer,
  options: RankOptions = {},
): RankedTemplate[] {
  const index = isIndex(library) ? library : indexLibrary(library);
  const { scores, termMasks, categoryMasks, queryHits } = index.scratch;
  scores.fill(0);
  termMasks.fill(0);
  categoryMasks.fill(0);
  queryHits.fill(0);

  const searched = options.query === undefined ? [] : queryWords(options.query);
  scoreQuery(index, searched);
  const postWords = scorePostWords(index, post.text);
  const postCategories = scoreCategories(index, post.categories ?? []);

  const codeBit = post.code === undefined ? 0 : CODE_BIT[post.code];
  const scored: number[] = [];
  const unscored: number[] = [];
  for (let t = 0; t < index.templates.length; t++) {
    const networks = index.networks[t];
    if (post.network !== undefined && networks && !networks.has(post.network)) continue;
    if (searched.length > 0 && queryHits[t] !== searched.length) continue;
    const codes = index.codeMasks[t] ?? 0;
    let score = scores[t] ?? 0;
    if (codeBit !== 0 && (codes & codeBit) !== 0) score += CODE_FIT;
    else if (codeBit !== 0 && codes !== 0) score *= CODE_MISMATCH;
    scores[t] = score;
    (score > 0 ? scored : unscored).push(t);
  }
  scored.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const ranked = scored.concat(unscored);
  const order = options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));

  return order.map((t) => ({
    template: index.templates[t] as Boilerplate,
    score: scores[t] ?? 0,
    reasons: reasonsFor(index, t, codeBit !== 0 && ((index.codeMasks[t] ?? 0) & codeBit) !== 0 ? post.code : undefined, postCategories, postWords),
  }));
}

function isIndex(library: readonly Boilerplate[] | LibraryIndex): library is LibraryIndex {
  return !Array.isArray(library);
}

/** Every searched word must prefix a word of the template; where it does (title, tag, body) sets its weight. */
function scoreQuery(index: LibraryIndex, searched: readonly string[]): void {
  const { scores, queryHits, wordBest, wordStamp } = index.scratch;
  wordStamp.fill(0);
  searched.forEach((word, w) => {
    const stamp = w + 1;
    const prefix = searchPrefix(word);
    for (let v = lowerBound(index.vocabulary, prefix); v < index.vocabulary.length; v++) {
      if (!(index.vocabulary[v] ?? '').startsWith(prefix)) break;
      const postings = index.vocabularyPostings[v] as Postings;
      for (let p = 0; p < postings.templates.length; p++) {
        const t = postings.templates[p] ?? 0;
        const weight = (postings.weights[p] ?? 0) * QUERY_WEIGHT;
        if (wordStamp[t] !== stamp) {
          wordStamp[t] = stamp;
          wordBest[t] = weight;
          queryHits[t] = (queryHits[t] ?? 0) + 1;
          scores[t] = (scores[t] ?? 0) + weight;
        } else if (weight > (wordBest[t] ?? 0)) {
          scores[t] = (scores[t] ?? 0) + weight - (wordBest[t] ?? 0);
          wordBest[t] = weight;
        }
      }
    }
  });
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the weights of the post's words each template has; returns those words as the post wrote them, rarest first. */
function scorePostWords(index: LibraryIndex, text: string): string[] {
  const { scores, termMasks } = index.scratch;
  const found: { postings: Postings; word: string }[] = [];
  for (const [term, word] of contentTerms(text)) {
    const postings = index.terms.get(term);
    if (postings) found.push({ postings, word });
  }
  found.sort((a, b) => a.postings.templates.length - b.postings.templates.length);
  found.forEach(({ postings }, k) => {
    const bit = k < MASK_BITS ? 1 << k : 0;
    for (let p = 0; p < postings.templates.length; p++) {
      const t = postings.templates[p] ?? 0;
      scores[t] = (scores[t] ?? 0) + (postings.weights[p] ?? 0);
      termMasks[t] = (termMasks[t] ?? 0) | bit;
    }
  });
  return found.map(({ word }) => word);
}

/** Adds each of the post's categories a template has, the first weighing most; returns them as ranked. */
function scoreCategories(index: LibraryIndex, categories: readonly string[]): string[] {
  const { scores, categoryMasks } = index.scratch;
  const distinct = [...new Set(categories.map((category) => category.toLowerCase()))];
  distinct.forEach((category, k) => {
    const templates = index.categories.get(category);
    if (!templates) return;
    const weight = CATEGORY_FIT[Math.min(k, CATEGORY_FIT.length - 1)] ?? 0;
    const bit = k < MASK_BITS ? 1 << k : 0;
    for (const t of templates) {
      scores[t] = (scores[t] ?? 0) + weight;
      categoryMasks[t] = (categoryMasks[t] ?? 0) | bit;
    }
  });
  return distinct;
}

function reasonsFor(index: LibraryIndex, t: number, fittingCode: TriageCode | undefined, categories: readonly string[], words: readonly string[]): string[] {
  const { termMasks, categoryMasks } = index.scratch;
  const fits = [
    ...(fittingCode === undefined ? [] : [CODE_LABELS[fittingCode]]),
    ...maskedItems(categories, categoryMasks[t] ?? 0),
  ];
  const shared = maskedItems(words, termMasks[t] ?? 0).slice(0, REASON_WORDS);
  const reasons: string[] = [];
  if (fits.length > 0) reasons.push(`fits ${fits.join(' · ')}`);
  if (shared.length > 0) reasons.push(`words in common: ${shared.join(', ')}`);
  return reasons;
}

function maskedItems(items: readonly string[], mask: number): string[] {
  return items.filter((_, k) => k < MASK_BITS && ((mask >>> k) & 1) === 1);
}
