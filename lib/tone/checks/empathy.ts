import { capitalise } from '../edit';
import { ACKNOWLEDGING_WORDS } from '../lexicon';
import type { Reply } from '../reply';
import type { Sentence, Word } from '../scan';
import type { Finding } from '../types';

const GREETINGS = new Set(['hi', 'hello', 'hey', 'hiya', 'dear', 'morning', 'afternoon', 'evening', 'good', 'greetings']);
/** "Hi Sam," / "Hey there!" : a greeting is this short. */
const MAX_GREETING_WORDS = 4;

/**
 * A reply to a complaint should acknowledge it somewhere. The finding spans the opening sentence
 * (after a greeting), and the fix puts an acknowledgement in front of it.
 */
export function checkEmpathy(reply: Reply, findings: Finding[]): void {
  if (!reply.complaint) return;
  const { text, scanned } = reply;
  const { words, sentences } = scanned;
  if (words.some((word) => ACKNOWLEDGING_WORDS.has(word.lower)) || reply.phrases.some((match) => match.data.list === 'acknowledging')) return;
  const opening = openingAfterGreeting(text, words, sentences);
  if (opening === null) return;
  const formal = reply.context.tone?.voice === 'formal';
  const acknowledgement = formal ? "We're sorry for the trouble. " : 'Sorry to hear that. ';
  const original = text.slice(opening.start, opening.end);
  const lead = opening.afterComma ? acknowledgement.charAt(0).toLowerCase() + acknowledgement.slice(1) : acknowledgement;
  findings.push({
    rule: 'no-empathy',
    message: 'The customer is upset and the reply never acknowledges it; start by saying sorry or that you understand.',
    start: opening.start,
    end: opening.end,
    fix: { replacement: `${lead}${capitalise(original)}` },
  });
}

interface Opening {
  start: number;
  end: number;
  /** The acknowledgement follows "Hi Sam," and so starts in lower case. */
  afterComma: boolean;
}

function openingAfterGreeting(text: string, words: readonly Word[], sentences: readonly Sentence[]): Opening | null {
  const first = sentences[0];
  if (first === undefined) return null;
  const firstWord = words[first.firstWord] as Word;
  if (!GREETINGS.has(firstWord.lower)) return { start: first.start, end: first.end, afterComma: false };
  const greetingEnd = first.firstWord + MAX_GREETING_WORDS;
  for (let w = first.firstWord; w < Math.min(first.endWord - 1, greetingEnd); w++) {
    const word = words[w] as Word;
    const next = words[w + 1] as Word;
    if (text.slice(word.end, next.start).includes(',')) return { start: next.start, end: first.end, afterComma: true };
  }
  const second = sentences[1];
  if (first.endWord - first.firstWord <= MAX_GREETING_WORDS && second) return { start: second.start, end: second.end, afterComma: false };
  return { start: first.start, end: first.end, afterComma: false };
}
