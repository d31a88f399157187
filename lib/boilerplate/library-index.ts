import type { Boilerplate, TriageCode } from '../sync/records';
import { indexWords } from '../text/words';
import { parseTemplate } from './placeholders';
import { termsOfWords, withoutLinks } from './terms';

/** How much a word counts by where the template has it: tags and titles say what it is for. */
export const FIELD_WEIGHT = { body: 1, title: 1.5, tag: 2 } as const;

export const CODE_BIT: Readonly<Record<TriageCode, number>> = { red: 1, orange: 2, yellow: 4, green: 8 };

/** The templates holding one word or stem, each with that word's weight there. */
export interface Postings {
  templates: Int32Array;
  weights: Float32Array;
}

/**
 * Everything about a library that ranking reads, worked out once, so ranking a post or a
 * keystroke touches only the words it has. Ranking also reuses its scratch arrays, one slot per
 * template, instead of allocating per call.
 */
export interface LibraryIndex {
  readonly templates: readonly Boilerplate[];
  /** Bits of `CODE_BIT` per template; 0 when it names no code. */
  readonly codeMasks: Uint8Array;
  /** Per template, the networks it is for, or null for all. */
  readonly networks: readonly (ReadonlySet<string> | null)[];
  /** Stems of content words (see `contentTerms`) → templates, weighted by field × rarity. */
  readonly terms: ReadonlyMap<string, Postings>;
  /** Lower-case category → templates tagged with it. */
  readonly categories: ReadonlyMap<string, Int32Array>;
  /** Every word of titles, bodies and tags as typed (folded, not stemmed), sorted for prefix search. */
  readonly vocabulary: readonly string[];
  /** Parallel to `vocabulary`, weighted by field only. */
  readonly vocabularyPostings: readonly Postings[];
  readonly scratch: {
    scores: Float64Array;
    /** Bit k: the post's k-th term (by weight) is in this template. */
    termMasks: Uint32Array;
    /** Bit k: the post's k-th category is one of this template's. */
    categoryMasks: Uint32Array;
    /** Query words this template matched so far. */
    queryHits: Int32Array;
    /** The best weight of the query word being looked up, and which word that was (its number + 1). */
    wordBest: Float64Array;
    wordStamp: Int32Array;
  };
}

/** Built once per library array; a library is a value: a changed library is a new array. */
const cache = new WeakMap<readonly Boilerplate[], LibraryIndex>();

export function indexLibrary(templates: readonly Boilerplate[]): LibraryIndex {
  const cached = cache.get(templates);
  if (cached) return cached;
  const index = buildIndex(templates);
  cache.set(templates, index);
  return index;
}

class PostingsBuilder {
  private readonly templates: number[] = [];
  private readonly weights: number[] = [];

  /** Templates arrive in order, so a repeat of the last one is the same template in another field. */
  add(template: number, weight: number): void {
    const last = this.templates.length - 1;
    if (this.templates[last] === template) this.weights[last] = Math.max(this.weights[last] ?? 0, weight);
    else {
      this.templates.push(template);
      this.weights.push(weight);
    }
  }

  get size(): number {
    return this.templates.length;
  }

  build(scale = 1): Postings {
    const weights = new Float32Array(this.weights);
    if (scale !== 1) for (let p = 0; p < weights.length; p++) weights[p] = (weights[p] ?? 0) * scale;
    return { templates: new Int32Array(this.templates), weights };
  }
}

function addTo(map: Map<string, PostingsBuilder>, key: string, template: number, weight: number): void {
  let postings = map.get(key);
  if (!postings) map.set(key, (postings = new PostingsBuilder()));
  postings.add(template, weight);
}

/** The words of a body as a reader sees them: placeholders are not words of the reply. */
function readableText(body: string): string {
  return parseTemplate(body)
    .map((segment) => (segment.kind === 'placeholder' ? ' ' : segment.text))
    .join('');
}

function buildIndex(templates: readonly Boilerplate[]): LibraryIndex {
  const count = templates.length;
  const codeMasks = new Uint8Array(count);
  const networks: (ReadonlySet<string> | null)[] = [];
  const terms = new Map<string, PostingsBuilder>();
  const vocabulary = new Map<string, PostingsBuilder>();
  const categories = new Map<string, number[]>();
  const stems = new Map<string, string | null>();

  templates.forEach((template, i) => {
    for (const code of template.codes) codeMasks[i] = (codeMasks[i] ?? 0) | CODE_BIT[code];
    networks.push(template.networks.length > 0 ? new Set(template.networks) : null);
    const tagText = [...template.tags, ...template.categories].join(' ');
    const bodyText = readableText(`${template.body}\n${template.shortBody ?? ''}`);
    const fields: [string, number][] = [
      [bodyText, FIELD_WEIGHT.body],
      [template.title, FIELD_WEIGHT.title],
      [tagText, FIELD_WEIGHT.tag],
    ];
    for (const [text, weight] of fields) {
      const words = indexWords(withoutLinks(text));
      for (const word of words) addTo(vocabulary, word, i, weight);
      for (const term of termsOfWords(words, stems).keys()) addTo(terms, term, i, weight);
    }
    for (const category of new Set(template.categories.map((c) => c.toLowerCase()))) {
      let list = categories.get(category);
      if (!list) categories.set(category, (list = []));
      list.push(i);
    }
  });

  // Rarity scaled to at most 1: a word only one template has counts fully, one that all have little.
  const maxRarity = Math.log(1 + count);
  const weightedTerms = new Map<string, Postings>();
  for (const [term, postings] of terms) weightedTerms.set(term, postings.build(Math.log(1 + count / postings.size) / maxRarity));
  const words = [...vocabulary.keys()].sort();

  return {
    templates,
    codeMasks,
    networks,
    terms: weightedTerms,
    categories: new Map([...categories].map(([category, list]) => [category, Int32Array.from(list)])),
    vocabulary: words,
    vocabularyPostings: words.map((word) => (vocabulary.get(word) ?? new PostingsBuilder()).build()),
    scratch: {
      scores: new Float64Array(count),
      termMasks: new Uint32Array(count),
      categoryMasks: new Uint32Array(count),
      queryHits: new Int32Array(count),
      wordBest: new Float64Array(count),
      wordStamp: new Int32Array(count),
    },
  };
}
