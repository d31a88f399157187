import { scan, type Word } from './scan';

/**
 * Phrase lists matched word by word through a trie: from each word of a reply, one Map lookup
 * per word the phrase has matched so far, so a common first word ("we", "you", "your") costs
 * one lookup however many phrases start with it. A phrase matches whole words,
 * case-insensitively, within one sentence, whatever spaces or commas lie between its words.
 */

export interface PhraseMatch<T> {
  /** Word indices, end exclusive. */
  firstWord: number;
  endWord: number;
  data: T;
}

interface Ending<T> {
  data: T;
  /** Index of the data's group in `PhraseIndex.groups`. */
  group: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Phrases that end at this word, in the order they were added. */
  endings: Ending<T>[];
}

function trieNode<T>(): TrieNode<T> {
  return { next: new Map(), endings: [] };
}

export class PhraseIndex<T> {
  private readonly root = trieNode<T>();
  private readonly groups: unknown[] = [];

  /**
   * @param groupOf Phrases of different groups may overlap (one index serves several lists);
   * within a group, matches never do.
   */
  constructor(private readonly groupOf: (data: T) => unknown = () => null) {}

  /** Phrases that scan to no word at all (only punctuation) are ignored. */
  add(phrase: string, data: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (child === undefined) {
        child = trieNode();
        node.next.set(word, child);
      }
      node = child;
    }
    const groupValue = this.groupOf(data);
    let group = this.groups.indexOf(groupValue);
    if (group < 0) group = this.groups.push(groupValue) - 1;
    node.endings.push({ data, group });
  }

  /**
   * Matches in order of their first word, longest first at the same word (so "as per our policy"
   * wins over "per our policy"); within a group, after one match the search goes on after its
   * last word.
   */
  matches(words: readonly Word[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let busyUntil: number[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const node = this.root.next.get((words[i] as Word).lower);
      if (node === undefined) continue;
      busyUntil ??= this.groups.map(() => 0);
      collect(words, i, i + 1, node, busyUntil, found);
    }
    return found;
  }
}

/**
 * Walks on from `node` (the phrase so far ends before word `next`) as far as the words of the
 * sentence go, then reports the phrases that end on the way back: the longest first.
 */
function collect<T>(words: readonly Word[], first: number, next: number, node: TrieNode<T>, busyUntil: number[], found: PhraseMatch<T>[]): void {
  const word = words[next];
  if (word !== undefined && word.sentence === (words[first] as Word).sentence) {
    const child = node.next.get(word.lower);
    if (child !== undefined) collect(words, first, next + 1, child, busyUntil, found);
  }
  for (const { data, group } of node.endings) {
    if ((busyUntil[group] as number) > first) continue;
    found.push({ firstWord: first, endWord: next, data });
    busyUntil[group] = next;
  }
}

export function phraseWords(phrase: string): string[] {
  return scan(phrase).words.map((word) => word.lower);
}

/**
 * Every spelling a pattern stands for: "we {apologize|apologise} for {any|the} inconvenience"
 * is four phrases, and an empty option drops the words ("{please|} calm down"). Braces do not nest.
 */
export function expand(pattern: string): string[] {
  // `join` builds each phrase as one flat string. `trim()` would hand the scanner pieces of
  // longer strings while the lexicon is built at load, and a scanner V8 first optimised on those
  // was measured ~2.5× slower on every reply afterwards.
  return spellings(pattern).map((phrase) => phrase.split(/\s+/).filter((part) => part !== '').join(' '));
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
