import { isNonAsciiLetter } from '../text/letters';

/**
 * One pass over a reply: its words with their offsets, lower-cased, and the sentence each one is
 * in. Links, @handles, #hashtags and e-mail addresses are not words: no rule reads inside them.
 */

export interface Word {
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened: what the phrase lists are written in. */
  lower: string;
  sentence: number;
}

export interface Sentence {
  /** Offset of its first word (after any leading @handles) up to and including its closing mark. */
  start: number;
  end: number;
  firstWord: number;
  /** Exclusive. */
  endWord: number;
}

export interface Scanned {
  text: string;
  words: Word[];
  sentences: Sentence[];
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Letters and digits of any script, as far as a reply needs: not punctuation, symbols or emoji. */
function isWordChar(code: number): boolean {
  return code < 128 ? isAsciiWordChar(code) : isNonAsciiLetter(code);
}

export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

/** '.', '!', '?' and '…' end a sentence when a space, a closing mark or the end follows. */
function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 0x2026;
}

function isClosing(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019;
}

export function scan(text: string): Scanned {
  const words: Word[] = [];
  const sentences: Sentence[] = [];
  /** Index of the first word of the sentence being read. */
  let opened = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isAsciiWordChar(code) || (code >= 128 && isWordChar(code))) {
      if ((code === 104 || code === 119) && isLinkAt(text, i)) i = skipToSpace(text, i);
      else i = word(text, i, words, sentences.length);
    } else if ((code === 64 || code === 35) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1))) {
      i = skipWordChars(text, i + 1);
    } else if (isSentenceMark(code)) {
      let end = i + 1;
      while (end < text.length && (isSentenceMark(text.charCodeAt(end)) || isClosing(text.charCodeAt(end)))) end++;
      if ((end === text.length || isSpace(text.charCodeAt(end))) && opened < words.length) opened = close(words, sentences, opened, end);
      i = end;
    } else {
      if (code === 10 && opened < words.length) opened = close(words, sentences, opened, lastWordEnd(words));
      i++;
    }
  }
  if (opened < words.length) close(words, sentences, opened, lastWordEnd(words));
  return { text, words, sentences };
}

/** Ends the sentence whose first word is `opened`; returns where the next one starts. */
function close(words: readonly Word[], sentences: Sentence[], opened: number, end: number): number {
  sentences.push({ start: (words[opened] as Word).start, end, firstWord: opened, endWord: words.length });
  return words.length;
}

function lastWordEnd(words: readonly Word[]): number {
  return (words[words.length - 1] as Word).end;
}

function isLinkAt(text: string, i: number): boolean {
  if (text.startsWith('www.', i)) return true;
  if (!text.startsWith('http', i)) return false;
  const rest = text.charCodeAt(i + 4) === 115 ? i + 5 : i + 4;
  return text.startsWith('://', rest);
}

function skipToSpace(text: string, i: number): number {
  let end = i;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return end;
}

function skipWordChars(text: string, i: number): number {
  let end = i;
  while (end < text.length && (isWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 95)) end++;
  return end;
}

/** A word keeps an inner apostrophe ("don't", "we’re"); one followed by '@' is an e-mail address. */
function word(text: string, start: number, words: Word[], sentence: number): number {
  let end = start;
  let curly = false;
  let lower = true;
  for (;;) {
    for (; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code >= 97 && code <= 122) continue;
      if (!isWordChar(code)) break;
      lower = false;
    }
    const next = text.charCodeAt(end);
    if ((next === APOSTROPHE || next === RIGHT_QUOTE) && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1))) {
      curly ||= next === RIGHT_QUOTE;
      end++;
    } else break;
  }
  if (text.charCodeAt(end) === 64 || text.charCodeAt(end) === 95) return skipToSpace(text, end);
  // Most words are written in lower case already and need no second pass.
  const written = text.slice(start, end);
  const lowered = lower ? written : written.toLowerCase();
  words.push({ start, end, lower: curly ? lowered.replaceAll('\u2019', "'") : lowered, sentence });
  return end;
}
