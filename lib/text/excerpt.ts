/** Bidirectional controls that could make page text render in a misleading order. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/**
 * One line of a post for a list: whitespace folded, bidi overrides removed, cut at a grapheme
 * boundary so an emoji is never split in two.
 */
export function excerpt(text: string, maxGraphemes = 140): string {
  const flat = text.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
  if (flat.length <= maxGraphemes) return flat;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let out = '';
  let count = 0;
  for (const { segment } of segmenter.segment(flat)) {
    if (count === maxGraphemes) return `${out.trimEnd()}…`;
    out += segment;
    count += 1;
  }
  return out;
}

