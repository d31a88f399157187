import { findAddresses } from '../../classify/pii/address';
import { countDigits, findIdNumbers } from '../../classify/pii/id-numbers';
import { findPasswords } from '../../classify/pii/password';
import type { PiiFinding } from '../../classify/types';
import { matchCase } from '../edit';
import type { Reply } from '../reply';
import type { Scanned, Word } from '../scan';
import type { Finding } from '../types';

/** Verbs that ask the customer to post something, and whether "send us a DM" can stand in for them. */
const ASKING = new Map<string, boolean>([
  ['send', true], ['give', true], ['tell', true], ['share', true], ['post', true], ['reply', true], ['comment', true],
  ['provide', true], ['include', true], ['type', true], ['drop', true], ['write', true], ['put', true], ['confirm', true],
  ['list', true], ['need', false], ["what's", false], ['whats', false], ['what', false],
]);
/** Words between the verb and "your" that do not change the request: "send us your", "reply with your". */
const HOW_FAR_BACK = 5;
/** Words that make it advice not to post: "never share your password". */
const NEGATIONS = new Set(['never', 'not', "don't", 'dont', "won't", "shouldn't", 'no', 'nobody', 'avoid']);
/** Words that put the request in a private channel: then it is exactly what to do. */
const PRIVATE = new Set(['dm', 'dms', "dm's", 'direct', 'private', 'privately', 'secure', 'securely', 'inbox', 'pm', 'email', 'chat', 'form', 'phone', 'call']);
/** Words before the data's name that still make it theirs: "your full card number". */
const QUALIFIERS = new Set(['full', 'complete', 'whole', 'current', 'new', 'old', 'registered', 'exact', 'long', 'account', 'own']);
/** A word after the name that makes it something else: "password reset link", "address bar". */
const COMPOUNDS = new Set(['reset', 'change', 'manager', 'link', 'page', 'policy', 'requirements', 'rules', 'field', 'settings', 'bar', 'book', 'format', 'update', 'recovery']);
/** Where it would be posted, taken out with the request: "reply with your card number here". */
const PLACES = new Set(['here', 'below', 'publicly', 'public']);

const DM_FIX = 'send us a DM';

export function checkPersonalData(reply: Reply, findings: Finding[]): void {
  flagRequests(reply, findings);
  flagRepeated(reply, findings);
}

function flagRequests(reply: Reply, findings: Finding[]): void {
  const { text, scanned } = reply;
  const { words } = scanned;
  let channels: PrivateChannels | undefined;
  for (const match of reply.phrases) {
    if (match.data.list !== 'personal-data') continue;
    const { kind } = match.data;
    const following = words[match.endWord];
    const name = words[match.firstWord] as Word;
    if (following?.sentence === name.sentence && COMPOUNDS.has(following.lower)) continue;
    let your = match.firstWord - 1;
    while (your >= 0 && QUALIFIERS.has((words[your] as Word).lower)) your--;
    if (words[your]?.lower !== 'your' || words[your]?.sentence !== name.sentence) continue;
    const verb = askingVerb(words, your, name.sentence);
    if (verb === null || isNegated(words, verb, your)) continue;
    channels ??= privateChannels(scanned);
    if (channels.mentioned(name.sentence, verb, match.endWord)) continue;
    const start = (words[verb] as Word).start;
    let endWord = match.endWord;
    if (words[endWord]?.sentence === name.sentence && PLACES.has((words[endWord] as Word).lower)) endWord++;
    const end = (words[endWord - 1] as Word).end;
    const finding: Finding = {
      rule: 'personal-data',
      message: `Asking for their ${kind} in public exposes it to everyone; ask them to DM it or use a secure link.`,
      start,
      end,
    };
    if (ASKING.get((words[verb] as Word).lower) === true) finding.fix = { replacement: matchCase(text.slice(start, end), DM_FIX) };
    findings.push(finding);
  }
}

function askingVerb(words: readonly Word[], your: number, sentence: number): number | null {
  for (let i = your - 1; i >= Math.max(0, your - HOW_FAR_BACK); i--) {
    const word = words[i] as Word;
    if (word.sentence !== sentence) return null;
    if (ASKING.has(word.lower)) return i;
  }
  return null;
}

function isNegated(words: readonly Word[], verb: number, your: number): boolean {
  for (let i = Math.max(0, verb - 2); i < your; i++) {
    const word = words[i] as Word;
    if (word.sentence === (words[verb] as Word).sentence && NEGATIONS.has(word.lower)) return true;
  }
  return false;
}

interface PrivateChannels {
  /** A private channel is named in the sentence before the verb or after the data's name. */
  mentioned(sentence: number, verb: number, endWord: number): boolean;
}

/**
 * Where each sentence names a private channel, found in one pass: a pasted text can hold
 * thousands of requests in one long sentence, and looking through it again for each would be
 * quadratic.
 */
function privateChannels(scanned: Scanned): PrivateChannels {
  const first = new Int32Array(scanned.sentences.length).fill(-1);
  const last = new Int32Array(scanned.sentences.length).fill(-1);
  scanned.words.forEach((word, i) => {
    if (!PRIVATE.has(word.lower)) return;
    if (first[word.sentence] === -1) first[word.sentence] = i;
    last[word.sentence] = i;
  });
  return {
    mentioned: (sentence, verb, endWord) => {
      const firstChannel = first[sentence] as number;
      return firstChannel >= 0 && (firstChannel < verb || (last[sentence] as number) >= endWord);
    },
  };
}

const KEPT_CARD_DIGITS = 4;

const REPEATED: Record<'card' | 'ssn' | 'password' | 'address', string> = {
  card: "This looks like a card number: never repeat it in public. Keep only the last four digits, and move to DM.",
  ssn: 'This looks like a Social Security number: never repeat it in public; take it out and move to DM.',
  password: 'This looks like a password: never put one in a public reply; take it out and move to DM.',
  address: "If this is the customer's address, don't repeat it in public; take it out and move to DM.",
};

/**
 * Personal data written into the reply itself, found by the triage engine's own detectors.
 * Phone numbers and e-mail addresses are left alone: replies give the brand's own.
 */
function flagRepeated(reply: Reply, findings: Finding[]): void {
  const { text } = reply;
  const found: PiiFinding[] = findPasswords(text);
  const digits = countDigits(text);
  if (digits > 0) {
    found.push(...findIdNumbers(text, digits), ...findAddresses(text));
  }
  for (const { kind, start, end } of found) {
    if (kind !== 'card' && kind !== 'ssn' && kind !== 'password' && kind !== 'address') continue;
    const finding: Finding = { rule: 'personal-data', message: REPEATED[kind], start, end };
    if (kind === 'card') finding.fix = { replacement: maskCard(text.slice(start, end)) };
    findings.push(finding);
  }
}

/** Every digit but the last four becomes '•', separators kept: "4111 1111 1111 1111" → "•••• •••• •••• 1111". */
function maskCard(number: string): string {
  let seen = 0;
  let masked = '';
  for (let i = number.length - 1; i >= 0; i--) {
    const char = number.charAt(i);
    const isDigit = char >= '0' && char <= '9';
    if (isDigit) seen++;
    masked = (isDigit && seen > KEPT_CARD_DIGITS ? '•' : char) + masked;
  }
  return masked;
}
