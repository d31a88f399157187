import type { Lexicon } from './features';

/**
 * The hashed word valences as the sentiment model file carries them: five bytes an entry, the
 * word's unigram hash (uint32, little-endian) and its valence in tenths (int8), in base64. No words
 * ship, only hashes, and ten thousand entries cost about 65 KB.
 */
const ENTRY_BYTES = 5;
const TENTHS = 10;

export function lexiconEntryCount(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return ((base64.length / 4) * 3 - padding) / ENTRY_BYTES;
}

export function decodeLexicon(base64: string): Lexicon {
  const binary = atob(base64);
  const lexicon = new Map<number, number>();
  for (let at = 0; at + ENTRY_BYTES <= binary.length; at += ENTRY_BYTES) {
    const hash = (binary.charCodeAt(at) | (binary.charCodeAt(at + 1) << 8) | (binary.charCodeAt(at + 2) << 16) | (binary.charCodeAt(at + 3) << 24)) >>> 0;
    lexicon.set(hash, ((binary.charCodeAt(at + 4) << 24) >> 24) / TENTHS);
  }
  return lexicon;
}

/** Sorted by hash, so the same lexicon always gives the same bytes; valences are rounded to tenths and kept within ±12.7. */
export function encodeLexicon(lexicon: Lexicon): string {
  let binary = '';
  for (const [hash, valence] of [...lexicon].sort(([a], [b]) => a - b)) {
    const tenths = Math.max(-127, Math.min(127, Math.round(valence * TENTHS))) & 0xff;
    binary += String.fromCharCode(hash & 0xff, (hash >>> 8) & 0xff, (hash >>> 16) & 0xff, hash >>> 24, tenths);
  }
  return btoa(binary);
}
