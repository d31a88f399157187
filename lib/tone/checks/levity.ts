import { removeWords, type Edit } from '../edit';
import { LAUGHTER_WORDS, PLAYFUL_EMOJI } from '../lexicon';
import type { Reply } from '../reply';
import { isSpace } from '../scan';
import type { Finding } from '../types';

const MESSAGE = 'A smiley or joke can read as mocking to an upset customer; leave it out here.';

/** Text smileys, with nothing word-like glued on either side (":Pizza" is no smiley). */
const EMOTICONS = /(?<![\p{L}\p{N}:;=])(?::-?[)\]DPp3]|;-?[)\]DPp]|=[)\]D]|[xX]D|\^_?\^|\(:)(?![\p{L}\p{N})])/gu;

function isLaughter(word: string): boolean {
  if (LAUGHTER_WORDS.has(word)) return true;
  // "hahaha", "hehehe", "ahaha"
  const first = word.charCodeAt(0);
  return word.length >= 4 && (first === 104 || first === 97) && /^a?(?:h[ae]){2,}h?$/.test(word);
}

/** Flagged only when the customer is upset; under praise a smiley is fine. */
export function checkLevity(reply: Reply, findings: Finding[]): void {
  if (!reply.upset) return;
  const { text, scanned } = reply;
  scanned.words.forEach((word, i) => {
    if (isLaughter(word.lower)) push(findings, removeWords(scanned, i, i + 1));
  });
  EMOTICONS.lastIndex = 0;
  for (let match = EMOTICONS.exec(text); match; match = EMOTICONS.exec(text)) {
    push(findings, removeSymbol(text, match.index, match.index + match[0].length));
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x2600) continue;
    const codePoint = text.codePointAt(i) ?? code;
    const width = codePoint > 0xffff ? 2 : 1;
    if (PLAYFUL_EMOJI.has(codePoint)) push(findings, removeSymbol(text, i, emojiEnd(text, i + width)));
    i += width - 1;
  }
}

/** Skin tones and variation selectors belong to the emoji before them. */
function emojiEnd(text: string, from: number): number {
  let end = from;
  for (;;) {
    const codePoint = text.codePointAt(end) ?? 0;
    if (codePoint === 0xfe0f || codePoint === 0xfe0e) end++;
    else if (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) end += 2;
    else return end;
  }
}

/** A symbol goes with the space before it, or the one after it at the start of a line. */
function removeSymbol(text: string, start: number, end: number): Edit {
  if (start > 0 && isSpace(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 10) return { start: start - 1, end, replacement: '' };
  if (end < text.length && isSpace(text.charCodeAt(end)) && text.charCodeAt(end) !== 10) return { start, end: end + 1, replacement: '' };
  return { start, end, replacement: '' };
}

function push(findings: Finding[], edit: Edit): void {
  findings.push({ rule: 'levity', message: MESSAGE, start: edit.start, end: edit.end, fix: { replacement: edit.replacement } });
}
