import { capitalise } from '../edit';
import type { Reply } from '../reply';
import type { Word } from '../scan';
import type { Finding } from '../types';

/** Written in capitals on purpose: never shouting. */
const ACRONYMS = new Set([
  'dm', 'dms', 'faq', 'faqs', 'usa', 'uk', 'eu', 'us', 'id', 'pin', 'ssn', 'url', 'api', 'pc', 'tv', 'atm', 'eta', 'asap',
  'fyi', 'ok', 'ceo', 'pdf', 'sms', 'gps', 'vpn', 'html', 'usb', 'nyc', 'am', 'pm', 'utc', 'gmt', 'est', 'pst', 'cet',
  'bst', 'vip', 'it', 'hr', 'ai', 'qr', 'otp', 'mfa', 'sim', 'isp', 'imei', 'iban', 'cvv', 'ups', 'dhl', 'usps', 'nasa',
  'ikea', 'lego', 'ios', 'ipad', 'mms', 'rsvp', 'ps', 'diy', 'hq', 'csv', 'json', 'sql', 'wifi', 'lte', 'nfc', 'cpu',
  'gpu', 'ram', 'ssd', 'hdd', 'dvd', 'cd', 'mp3', 'mp4', 'jpg', 'png', 'gif', 'aws', 'gdpr', 'ccpa', 'hipaa', 'kyc',
  'aml', 'pnr', 'sku', 'rma', 'cod', 'vat', 'gst', 'tbd', 'tba', 'rip', 'cet', 'edt', 'pdt', 'cst', 'cdt', 'mst', 'aest',
]);
/** Short words that are English, not initials, so "DO NOT" is shouting where "BA" is an airline. */
const SHORT_WORDS = new Set([
  'no', 'not', 'now', 'the', 'you', 'are', 'and', 'all', 'our', 'why', 'how', 'can', 'get', 'got', 'yes', 'but', 'for',
  'was', 'new', 'out', 'we', 'do', 'is', 'be', 'to', 'so', 'my', 'me', 'of', 'on', 'in', 'at', 'or', 'if', 'up', 'go',
  'did', 'has', 'had', 'any', 'one', 'too', 'off', 'way', 'who', 'its', 'let', 'see', 'try', 'ask', 'use', 'may', 'say',
]);
/** One word in capitals is emphasis up to this length and shouting beyond; two in a row always shout. */
const SHOUTED_WORD_LETTERS = 5;

type Shape = 'shouted' | 'initials' | 'other';

function shapeOf(text: string, word: Word): Shape {
  let upper = 0;
  for (let i = word.start; i < word.end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code === 39 || code === 0x2019) continue;
    else if (code >= 48 && code <= 57) return 'initials';
    else if (code >= 128 && text.charAt(i).toLowerCase() !== text.charAt(i)) upper++;
    else return 'other';
  }
  if (upper < 2) return upper === 1 && word.end - word.start === 1 ? 'initials' : 'other';
  if (ACRONYMS.has(word.lower)) return 'initials';
  return upper <= 3 && !SHORT_WORDS.has(word.lower) ? 'initials' : 'shouted';
}

/** A run of words in capitals, acronyms and handles aside, with a lower-case fix. */
export function checkShouting(reply: Reply, findings: Finding[]): void {
  const { text, scanned } = reply;
  const { words, sentences } = scanned;
  let i = 0;
  while (i < words.length) {
    if (shapeOf(text, words[i] as Word) !== 'shouted') {
      i++;
      continue;
    }
    let end = i + 1;
    let lastShouted = i;
    while (end < words.length && shapeOf(text, words[end] as Word) !== 'other') {
      if (shapeOf(text, words[end] as Word) === 'shouted') lastShouted = end;
      end++;
    }
    const run = words.slice(i, lastShouted + 1);
    const shouted = run.filter((word) => shapeOf(text, word) === 'shouted');
    if (shouted.length >= 2 || shouted.some((word) => word.end - word.start >= SHOUTED_WORD_LETTERS)) {
      findings.push({
        rule: 'shouting',
        message: 'Capitals read as shouting; write it in lower case.',
        start: (run[0] as Word).start,
        end: (run[run.length - 1] as Word).end,
        fix: { replacement: lowerRun(text, run, (index) => sentences[(words[index] as Word).sentence]?.firstWord === index, i) },
      });
    }
    i = lastShouted + 1;
  }
}

function lowerRun(text: string, run: readonly Word[], opensSentence: (index: number) => boolean, firstIndex: number): string {
  let out = '';
  run.forEach((word, k) => {
    const previous = run[k - 1];
    if (previous) out += text.slice(previous.end, word.start);
    const written = text.slice(word.start, word.end);
    if (shapeOf(text, word) !== 'shouted') out += written;
    else out += opensSentence(firstIndex + k) ? capitalise(written.toLowerCase()) : written.toLowerCase();
  });
  return out;
}

/** Two or more '!' in a row ("!!!", "?!!") become one mark. */
export function checkExclamations(reply: Reply, findings: Finding[]): void {
  const { text } = reply;
  let i = text.indexOf('!');
  while (i >= 0) {
    let start = i;
    while (start > 0 && text.charCodeAt(start - 1) === 63) start--;
    let end = i;
    let bangs = 0;
    let question = start < i;
    while (end < text.length && (text.charCodeAt(end) === 33 || text.charCodeAt(end) === 63)) {
      if (text.charCodeAt(end) === 33) bangs++;
      else question = true;
      end++;
    }
    if (bangs >= 2) {
      findings.push({
        rule: 'exclamations',
        message: 'A pile of exclamation marks reads as shouting or sarcasm; one is plenty.',
        start,
        end,
        fix: { replacement: question ? '?' : '!' },
      });
    }
    i = text.indexOf('!', end);
  }
}
