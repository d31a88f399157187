import { scan, type Word } from './scan';

/**
 * Phrase lists matched word by word: a Map from a phrase's first word to the phrases that start
 * with it, so each word of a reply costs one Map lookup and most cost nothing more. A phrase
 * matches whole words, case-insensitively, within one sentence, whatever spaces or commas lie
 * between its words.
 */

export interface PhraseMatch<T> {
  /** Word indices, end exclusive. */
  firstWord: number;
  endWord: number;
  data: T;
}

interface Entry<T> {
  words: readonly string[];
  data: T;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /**
   * @param groupOf Phrases of different groups may overlap (one index serves several lists);
   * within a group, matches never do.
   */
  constructor(private readonly groupOf: (data: T) => unknown = () => null) {}

  /** Phrases that scan to no word at all (only punctuation) are ignored. */
  add(phrase: string, data: T): void {
    const words = phraseWords(phrase);
    const first = words[0];
    if (first === undefined) return;
    const entries = this.byFirst.get(first);
    const entry = { words, data };
    if (entries) {
      entries.push(entry);
      // Longest first, so "as per our policy" wins over "per our policy" at the same word.
      entries.sort((a, b) => b.words.length - a.words.length);
    } else this.byFirst.set(first, [entry]);
  }

  /** Matches in order of their first word; within a group, after one match the search goes on after its last word. */
  matches(words: readonly Word[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let busyUntil: Map<unknown, number> | undefined;
    for (let i = 0; i < words.length; i++) {
      const entries = this.byFirst.get((words[i] as Word).lower);
      if (entries === undefined) continue;
      busyUntil ??= new Map();
      for (const entry of entries) {
        const group = this.groupOf(entry.data);
        if ((busyUntil.get(group) ?? 0) > i || !matchesAt(words, i, entry.words)) continue;
        found.push({ firstWord: i, endWord: i + entry.words.length, data: entry.data });
        busyUntil.set(group, i + entry.words.length);
      }
    }
    return found;
  }
}

function matchesAt(words: readonly Word[], at: number, phrase: readonly string[]): boolean {
  const sentence = (words[at] as Word).sentence;
  for (let k = 1; k < phrase.length; k++) {
    const word = words[at + k];
    if (word === undefined || word.lower !== phrase[k] || word.sentence !== sentence) return false;
  }
  return true;
}

export function phraseWords(phrase: string): string[] {
  return scan(phrase).words.map((word) => word.lower);
}

/**
 * Every spelling a pattern stands for: "we {apologize|apologise} for {any|the} inconvenience"
 * is four phrases, and an empty option drops the words ("{please|} calm down"). Braces do not nest.
 */
export function expand(pattern: string): string[] {
  return spellings(pattern).map((phrase) => phrase.replace(/\s+/g, ' ').trim());
}

function spellings(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  const close = pattern.indexOf('}', open);
  const head = pattern.slice(0, open);
  const tails = spellings(pattern.slice(close + 1));
  return pattern
    .slice(open + 1, close)
    .split('|')
    .flatMap((option) => tails.map((tail) => `${head}${option}${tail}`));
}
