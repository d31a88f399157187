import type { Scanned, Sentence, Word } from './scan';

/** Fewer words than this say too little about how hard a reply is to read. */
export const MIN_WORDS_TO_JUDGE = 12;

function isVowel(code: number): boolean {
  // a e i o u y, either case
  const lower = code | 32;
  return lower === 97 || lower === 101 || lower === 105 || lower === 111 || lower === 117 || lower === 121;
}

/**
 * Syllables of an English word, estimated from its letters: groups of vowels, less a silent
 * final "e" ("make") and a silent "-ed" ("closed", not "waited"). Words of other scripts count one.
 */
export function syllables(text: string, word: Word): number {
  let groups = 0;
  let inVowels = false;
  const { start, end } = word;
  for (let i = start; i < end; i++) {
    const vowel = isVowel(text.charCodeAt(i));
    if (vowel && !inVowels) groups++;
    inVowels = vowel;
  }
  if (groups > 1) {
    const last = text.charCodeAt(end - 1) | 32;
    const beforeLast = text.charCodeAt(end - 2) | 32;
    const third = text.charCodeAt(end - 3) | 32;
    const silentE = last === 101 && beforeLast !== 108 && !isVowel(beforeLast);
    const silentEd = last === 100 && beforeLast === 101 && third !== 116 && third !== 100;
    if (silentE || silentEd) groups--;
  }
  return Math.max(1, groups);
}

export interface Readability {
  grade: number;
  /** The sentence with the most syllables: where shortening helps most. */
  hardest: Sentence;
}

/** Flesch–Kincaid grade level, or null when the reply is too short to judge. */
export function readingGrade(scanned: Scanned): Readability | null {
  const { text, words, sentences } = scanned;
  if (words.length < MIN_WORDS_TO_JUDGE) return null;
  let total = 0;
  let hardest: Sentence | undefined;
  let hardestSyllables = 0;
  for (const sentence of sentences) {
    let count = 0;
    for (let w = sentence.firstWord; w < sentence.endWord; w++) count += syllables(text, words[w] as Word);
    total += count;
    if (count > hardestSyllables) {
      hardestSyllables = count;
      hardest = sentence;
    }
  }
  if (hardest === undefined) return null;
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (total / words.length) - 15.59;
  return { grade, hardest };
}
