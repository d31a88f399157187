import type { PiiFinding } from '../types';
import { allMatches } from './matches';

/** The word for a secret, in English and a few languages customers write in. */
const LABEL =
  String.raw`pass(?:[ -]?word|[ -]?code|phrase|wd|wort)?|pwd?|p\/w|pin(?:[ -]?code|[ -]?number|[ -]?no)?|` +
  String.raw`log[ -]?in|user[ -]?(?:name|id)|contrase[ñn]a|mot de passe|senha|wachtwoord`;

/**
 * "my password is hunter2", "pw: xxx", "the wifi password for the lounge is abc123",
 * "login: a / pass: b", "pin is 1234". The value is one token, or anything in quotes.
 */
const SHARED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${LABEL})(?:'s)?(?:[ \t]+for[ \t]+(?:my[ \t]+|the[ \t]+)?[\p{L}\p{N}]+)?[ \t]*(:|=|-|\bis\b|\bwas\b|\bes\b|\best\b|\bist\b|\bé\b)[ \t]*(?:["“]([^"“”\n]{1,64})["”]|'([^'\n]{1,64})'|([^\s"'“”‘’]{1,64}))`,
  'giu',
);

/** A PIN written without "is": "my pin 4821". */
const BARE_PIN = /(?<![\p{L}\p{N}])pin(?:[ -]?code|[ -]?number)?[ \t]+(\d{4,8})(?![\p{L}\p{N}])/giu;

/** A cheap test that rules most posts out before the full pattern runs. */
const MAYBE = /pass|pw|p\/w|pin|log[ -]?in|user|contrase|senha|wachtwoord/i;

/** Words that follow "password is" when someone describes a password instead of giving it. */
const DESCRIPTIONS = new Set([
  'not', 'no', 'wrong', 'incorrect', 'invalid', 'expired', 'broken', 'too', 'correct', 'right',
  'still', 'the', 'a', 'an', 'definitely', 'same', 'required', 'reset', 'changed', 'locked',
  'compromised', 'weak', 'strong', 'long', 'short', 'missing', 'fine', 'ok', 'okay', 'accepted',
  'rejected', 'working', 'case', 'now', 'also', 'just', 'never', 'always', 'different', 'there',
  'being', 'been', 'gone', 'useless', 'bad', 'good', 'secure', 'safe', 'stolen', 'hacked', 'blank',
  'empty', 'forgotten', 'lost', 'new', 'old', 'unknown', 'it', 'this', 'that', 'what', 'mine',
  'yours', 'your', 'my', 'and', 'or', 'but', 'so', 'for', 'in', 'on', 'at', 'to', 'of', 'with',
  'like', 'only', 'down', 'up', 'off', 'out', 'dead', 'screen', 'page', 'button', 'form', 'field',
  'issue', 'problem', 'error', 'details', 'info', 'information', 'protected', 'sent', 'saved',
]);

const SYMBOL_SEPARATORS = new Set([':', '=', '-']);

export function findPasswords(text: string): PiiFinding[] {
  if (!MAYBE.test(text)) return [];
  const findings: PiiFinding[] = [];
  for (const match of allMatches(SHARED, text)) {
    const [whole, label = '', separator = '', doubleQuoted, singleQuoted, bare = ''] = match;
    const quoted = doubleQuoted ?? singleQuoted;
    const value = quoted ?? bare.replace(/[.,!?;:)\]}]+$/u, '');
    if (quoted === undefined && !isSecret(label.toLowerCase(), separator.toLowerCase(), value)) continue;
    const start = match.index + whole.length - (quoted === undefined ? bare.length : quoted.length + 1);
    findings.push({ kind: 'password', start, end: start + value.length });
  }
  for (const match of allMatches(BARE_PIN, text)) {
    const digits = match[1] ?? '';
    const start = match.index + match[0].length - digits.length;
    findings.push({ kind: 'password', start, end: start + digits.length });
  }
  return findings;
}

function isSecret(label: string, separator: string, value: string): boolean {
  if (value === '') return false;
  if (label.startsWith('pin')) return /^\d{4,8}$/.test(value);
  const byWord = !SYMBOL_SEPARATORS.has(separator);
  // "pass" alone is a mountain pass or a boarding pass unless written as a field: "pass: x".
  if (label === 'pass' && byWord) return false;
  const lower = value.toLowerCase();
  if (DESCRIPTIONS.has(lower)) return false;
  // Digits or symbols make a token look like a secret; apostrophes and hyphens are just English.
  if (/[^\p{L}'’-]/u.test(value)) return true;
  // A dash is as often a pause ("login - can't get in") as a field separator.
  if (separator === '-') return false;
  // "is expired", "is failing", "is really…" describe; a plain word after a colon is given.
  return !byWord || !/(?:ed|ing|ly|able)$/.test(lower);
}
