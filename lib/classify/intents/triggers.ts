/**
 * Finds which of many word lists a text touches, in one pass over its characters: a trie of the
 * words, walked from the start of every word of the text. A word is a run of `\w` characters,
 * exactly as a regular expression's `\b` delimits it, so a list can promise what a pattern needs.
 *
 * List syntax (see `IntentRule.triggers`): space-separated; `kill*` matches any word starting
 * with "kill", `me` only the word "me", and an entry that starts with a symbol ("?", "❤") that
 * symbol anywhere in the text.
 */

/** a–z, 0–9 and '_'; capitals share the small letters' slots, so a match never depends on case. */
const ALPHABET = 37;
const LETTER = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  LETTER[97 + c] = c;
  LETTER[65 + c] = c;
}
for (let d = 0; d < 10; d++) LETTER[48 + d] = 26 + d;
LETTER[95] = 36;

function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (LETTER[code] as number) : -1;
}

/** Node 0 is a sink every missing edge leads to, which keeps the walk free of branches. */
const DEAD = 0;
const ROOT = 1;

export class TriggerIndex {
  private readonly next: Uint16Array;
  /** Lists whose `word*` ends at this node: set as soon as a word of the text gets this far. */
  private readonly prefix: Int32Array;
  /** Lists whose whole `word` ends here: set only when the text's word ends here too. */
  private readonly exact: Int32Array;
  private readonly marks: [mark: string, lists: number][] = [];

  /** List i sets bit i of `scan`'s answer; an undefined list never does. At most 31 lists. */
  constructor(lists: readonly (string | undefined)[]) {
    if (lists.length > 31) throw new RangeError('at most 31 lists');
    const edges: number[] = new Array<number>(2 * ALPHABET).fill(DEAD);
    const prefix = [0, 0];
    const exact = [0, 0];
    lists.forEach((list, bit) => {
      for (const entry of list?.split(' ') ?? []) {
        if (entry === '') continue;
        if (letterAt(entry, 0) < 0) {
          this.marks.push([entry, 1 << bit]);
          continue;
        }
        const isPrefix = entry.endsWith('*');
        const word = isPrefix ? entry.slice(0, -1) : entry;
        if (!/^[a-z0-9_]+$/.test(word)) throw new SyntaxError(`trigger "${entry}" must be lower-case \\w characters`);
        let node = ROOT;
        for (let i = 0; i < word.length; i++) {
          const letter = letterAt(word, i);
          let child = edges[node * ALPHABET + letter] as number;
          if (child === DEAD) {
            child = prefix.length;
            edges.push(...new Array<number>(ALPHABET).fill(DEAD));
            prefix.push(0);
            exact.push(0);
            edges[node * ALPHABET + letter] = child;
          }
          node = child;
        }
        if (isPrefix) prefix[node] = (prefix[node] as number) | (1 << bit);
        else exact[node] = (exact[node] as number) | (1 << bit);
      }
    });
    if (prefix.length > 0xffff) throw new RangeError('too many trigger words');
    this.next = Uint16Array.from(edges);
    this.prefix = Int32Array.from(prefix);
    this.exact = Int32Array.from(exact);
  }

  /** Bit i set: the text has a trigger of list i. */
  scan(text: string): number {
    let found = 0;
    for (const [mark, lists] of this.marks) if (text.includes(mark)) found |= lists;
    const { next, prefix, exact } = this;
    const length = text.length;
    let i = 0;
    while (i < length) {
      let letter = letterAt(text, i);
      if (letter < 0) {
        i++;
        continue;
      }
      let node = ROOT;
      do {
        node = next[node * ALPHABET + letter] as number;
        found |= prefix[node] as number;
        letter = ++i < length ? letterAt(text, i) : -1;
      } while (letter >= 0);
      found |= exact[node] as number;
    }
    return found;
  }
}
