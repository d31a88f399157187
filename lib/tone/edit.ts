import type { Scanned } from './scan';
import { isSpace } from './scan';

/** A range of the reply and what a fix puts there. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

function isUpper(char: string): boolean {
  return char !== char.toLowerCase() && char === char.toUpperCase();
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The replacement in the case of what it replaces: capitalised at the start of a sentence, lower
 * case inside one (but "I" and acronyms like "DM" keep their capitals).
 */
export function matchCase(original: string, replacement: string): string {
  if (isUpper(original.charAt(0))) return capitalise(replacement);
  const firstWord = /^[^\s,.!?]+/.exec(replacement)?.[0] ?? '';
  if (firstWord === 'I' || firstWord.startsWith("I'") || (firstWord.length > 1 && firstWord === firstWord.toUpperCase())) return replacement;
  return replacement.charAt(0).toLowerCase() + replacement.slice(1);
}

function isInlineSpace(code: number): boolean {
  return code !== 10 && code !== 13 && isSpace(code);
}

/**
 * Taking words out so the rest still reads: the comma and spaces after them go too, or the
 * space before them at the end of a sentence; words that opened a sentence hand the capital on
 * to the next word ("Obviously, the app…" → "The app…"), and a sentence that was nothing else
 * goes whole.
 */
export function removeWords(scanned: Scanned, firstWord: number, endWord: number): Edit {
  const { text, words, sentences } = scanned;
  const first = words[firstWord];
  const last = words[endWord - 1];
  if (!first || !last) throw new RangeError('no words to remove');
  const sentence = sentences[first.sentence];
  const opensSentence = sentence?.firstWord === firstWord;
  const next = words[endWord];
  if (opensSentence && next && next.sentence === first.sentence) {
    return { start: first.start, end: next.end, replacement: capitalise(text.slice(next.start, next.end)) };
  }
  let start = first.start;
  let end = opensSentence ? sentence.end : last.end;
  const afterWords = end;
  if (!opensSentence && text.charCodeAt(end) === 44) end++;
  while (end < text.length && isInlineSpace(text.charCodeAt(end))) end++;
  if (end === afterWords || end === text.length) {
    end = afterWords;
    while (start > 0 && isInlineSpace(text.charCodeAt(start - 1))) start--;
    if (start > 0 && text.charCodeAt(start - 1) === 44 && !opensSentence) start--;
  }
  return { start, end, replacement: '' };
}
