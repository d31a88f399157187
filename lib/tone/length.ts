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
/**
 * Below U+0300 every character weighs 1 on X, none is part of an emoji and none changes under
 * NFC: the count twitter-text would give is the text's length, unless a link is possible.
 */
const PLAIN_BELOW = 0x300;

/** How long the reply is by the network's own rules, and the network's limit (null: none worth checking). */
export function replyLength(text: string, network?: Network): { length: number; limit: number | null } {
  const { length, limit } = measure(text, network);
  return { length, limit };
}

export function measure(text: string, network?: Network): Measured {
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
 * Most replies are plain Latin text without a link; for those the count is their length and
 * twitter-text's URL and emoji scans (most of its cost) are skipped. A unit test holds the
 * shortcut to twitter-text's answer over many strings.
 */
function measureX(text: string): Measured {
  if (isPlainWithoutLinks(text)) {
    return { length: text.length, limit: X_LIMIT, overflowAt: text.length > X_LIMIT ? X_LIMIT : null };
  }
  const parsed = parseTweet(text);
  const overflowAt = parsed.weightedLength > X_LIMIT ? parsed.validRangeEnd + 1 : null;
  return { length: parsed.weightedLength, limit: X_LIMIT, overflowAt };
}

/**
 * No character at or above U+0300, and no '.' that a top-level domain could follow (twitter-text
 * finds links without a scheme too, "example.com", but always through a dot before the TLD).
 */
function isPlainWithoutLinks(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= PLAIN_BELOW) return false;
    if (code === 46 && i + 1 < text.length && mayStartDomainLabel(text.charCodeAt(i + 1))) return false;
  }
  return true;
}

function mayStartDomainLabel(code: number): boolean {
  if (code <= 32) return false;
  if (code >= 128) return true;
  const isAsciiPunctuation = (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || code >= 123;
  return !isAsciiPunctuation;
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
