import extractUrlsWithIndices from 'twitter-text/dist/extractUrlsWithIndices.js';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import type { Network } from '../sites/post';

/** What a network counts, and where the text starts going over its limit. */
export interface Measured {
  length: number;
  limit: number | null;
  /** UTF-16 offset of the first character past the limit, or null when the text fits. */
  overflowAt: number | null;
}

const X_LIMIT = 280;
const BLUESKY_LIMIT = 300;
const MASTODON_LIMIT = 500;
/** Mastodon counts every link as this many characters, whatever its length. */
const MASTODON_URL_LENGTH = 23;

/** How long the reply is by the network's own rules, and the network's limit (null: none worth checking). */
export function replyLength(text: string, network?: Network): { length: number; limit: number | null } {
  const { length, limit } = measure(text, network);
  return { length, limit };
}

/**
 * The last text measured: on each keystroke the compose panel shows the length and the tone
 * check's too-long rule reads it, so the same text is asked for twice in a row.
 */
let last: { text: string; network: Network | undefined; measured: Measured } | null = null;

export function measure(text: string, network?: Network): Measured {
  if (last?.text === text && last.network === network) return last.measured;
  const measured = measureFor(text, network);
  last = { text, network, measured };
  return measured;
}

function measureFor(text: string, network?: Network): Measured {
  switch (network) {
    case 'x':
      return measureX(text);
    case 'bluesky':
      return measureGraphemes(text, BLUESKY_LIMIT);
    case 'mastodon':
      return measureMastodon(text);
    default:
      return { length: codePoints(text), limit: null, overflowAt: null };
  }
}

/**
 * twitter-text's weighted length (links 23, CJK and emoji 2), which is what X's composer shows.
 * twitter-text's URL and emoji scans are most of the cost, and most words of a reply are plain
 * Latin text whose count is their length; so it reads only the stretches that need it (see
 * `weightedLengthX`). A unit test holds the result to twitter-text's own over many strings.
 */
function measureX(text: string): Measured {
  const { length, plain } = weightedLengthX(text);
  if (length <= X_LIMIT) return { length, limit: X_LIMIT, overflowAt: null };
  if (plain) return { length, limit: X_LIMIT, overflowAt: X_LIMIT };
  // Where it goes over takes twitter-text's own walk; only texts already too long pay for it.
  const parsed = parseTweet(text);
  return { length: parsed.weightedLength, limit: X_LIMIT, overflowAt: parsed.validRangeEnd + 1 };
}

/**
 * What can make a word count other than its length on X. Below U+0300 every character weighs 1,
 * none is part of an emoji and none changes under NFC; so only a character at or above it, or a
 * '.' that a top-level domain could follow (twitter-text finds links without a scheme too,
 * "example.com", but always through a dot before the TLD).
 */
const NOT_PLAIN = /[\u0300-\uffff]|\.[0-9A-Za-z\u0080-\uffff]/g;
const NON_ASCII = /[\u0080-\uffff]/;
/** What X counts for any link, whatever its length. */
const X_URL_WEIGHT = 23;

/**
 * The weighted length, counting each run of words that are not plain (see `NOT_PLAIN`) with
 * twitter-text and everything else as its length. That is exact because nothing twitter-text
 * weighs spans an ASCII space, tab or line break: links, emoji sequences and NFC compositions
 * never contain one. `plain` says no word needed twitter-text.
 */
function weightedLengthX(text: string): { length: number; plain: boolean } {
  let length = text.length;
  let runStart = -1;
  let runEnd = -1;
  NOT_PLAIN.lastIndex = 0;
  for (let found = NOT_PLAIN.exec(text); found !== null; found = NOT_PLAIN.exec(text)) {
    let start = found.index;
    while (start > 0 && !isAsciiSpace(text.charCodeAt(start - 1))) start--;
    let end = found.index + 1;
    while (end < text.length && !isAsciiSpace(text.charCodeAt(end))) end++;
    // Words with only spaces between them are counted together: one call into twitter-text for a
    // line of CJK or emoji, not one per word.
    if (runStart >= 0 && !onlySpaces(text, runEnd, start)) {
      length += extraWeight(text, runStart, runEnd);
      runStart = -1;
    }
    if (runStart < 0) runStart = start;
    runEnd = end;
    NOT_PLAIN.lastIndex = end;
  }
  if (runStart < 0) return { length, plain: true };
  return { length: length + extraWeight(text, runStart, runEnd), plain: false };
}

function onlySpaces(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * How much more (or less) twitter-text counts `text.slice(start, end)` than its length. The
 * space on either side goes along (it weighs 1 like any plain character): twitter-text's link
 * pattern reads the character before a link and after its domain, and at the start of a text it
 * would take a letter there for that character ("Åhelp.example.com" is a link from its "h").
 */
function extraWeight(text: string, start: number, end: number): number {
  const slice = text.slice(Math.max(0, start - 1), Math.min(text.length, end + 1));
  if (NON_ASCII.test(slice)) return parseTweet(slice).weightedLength - slice.length;
  // ASCII holds no emoji and changes under no normalisation, and every ASCII character weighs 1:
  // all parseTweet would add is each link counted as 23, which its link finder alone tells.
  let extra = 0;
  let after = 0;
  for (const { url, indices } of extractUrlsWithIndices(slice)) {
    // parseTweet steps over a whole link before it looks for the next one.
    if (indices[0] < after) continue;
    extra += X_URL_WEIGHT - url.length;
    after = indices[0] + url.length;
  }
  return extra;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

let segmenter: Intl.Segmenter | undefined;

/** Bluesky counts graphemes: "👩‍💻" and "é" written as e + accent are one each. */
function measureGraphemes(text: string, limit: number): Measured {
  if (isAsciiWithoutCarriageReturn(text)) {
    return { length: text.length, limit, overflowAt: text.length > limit ? limit : null };
  }
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let length = 0;
  let overflowAt: number | null = null;
  for (const { index } of segmenter.segment(text)) {
    if (length === limit) overflowAt = index;
    length++;
  }
  return { length, limit, overflowAt };
}

function isAsciiWithoutCarriageReturn(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || code === 13) return false;
  }
  return true;
}

/** Mastodon counts characters (code points), and any http(s) link as 23 of them. */
function measureMastodon(text: string): Measured {
  let length = 0;
  let overflowAt: number | null = null;
  let i = 0;
  while (i < text.length) {
    const from = i;
    if (startsLink(text, i)) {
      while (i < text.length && !isWhitespace(text.charCodeAt(i))) i++;
      length += MASTODON_URL_LENGTH;
    } else {
      i += isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length ? 2 : 1;
      length++;
    }
    if (overflowAt === null && length > MASTODON_LIMIT) overflowAt = from;
  }
  return { length, limit: MASTODON_LIMIT, overflowAt };
}

function startsLink(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 104 || (i > 0 && !isWhitespace(text.charCodeAt(i - 1)))) return false;
  return text.startsWith('http://', i) || text.startsWith('https://', i);
}

function isWhitespace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function codePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    count++;
    if (isHighSurrogate(text.charCodeAt(i))) i++;
  }
  return count;
}
