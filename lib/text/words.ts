/** Words shorter than this match too much to be worth an index entry. */
const MIN_LENGTH = 2;
/** A long note indexes its first words only, so one paste cannot bloat the index. */
const MAX_WORDS = 500;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}_'’-]*/gu;

/**
 * The distinct lower-case words of a text, as the search index stores them. Accents are kept
 * apart from their letters and dropped, so "café" is found by "cafe".
 */
export function indexWords(text: string): string[] {
  const words = new Set<string>();
  for (const match of fold(text).matchAll(WORD)) {
    const word = match[0].replace(/['’-]+$/, '');
    if (word.length >= MIN_LENGTH) words.add(word);
    if (words.size === MAX_WORDS) break;
  }
  return [...words];
}

/** The words of a search box, folded the same way; a one-letter word still narrows by prefix. */
export function queryWords(text: string): string[] {
  return [...new Set([...fold(text).matchAll(WORD)].map((m) => m[0].replace(/['’-]+$/, '')).filter((w) => w.length > 0))];
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
