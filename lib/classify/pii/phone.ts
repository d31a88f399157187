import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { PiiFinding } from '../types';
import { gluedAfter, gluedBefore, labelBefore } from './context';
import { allMatches } from './matches';

/** Digits with phone punctuation between them: "+1 (212) 555-0188", "212.555.0188". */
const CANDIDATE = /\+?\(?\d(?:[\d \t().\-\u2010-\u2015]*\d)?/g;
/** The shortest subscriber numbers. No maximum: two numbers in a row make one long candidate. */
const MIN_DIGITS = 7;

/**
 * Phone numbers as libphonenumber-js finds them (valid numbers only, US national format by
 * default, any country with a leading '+'); it already skips dates, times and numbers inside
 * longer digit strings. On top of that: nothing labelled as an order, flight, case… number,
 * and nothing glued to a link or a code.
 */
export function findPhones(text: string): PiiFinding[] {
  // libphonenumber-js is the slowest detector by far (~10,000 posts/s), so it only runs when a
  // plausible, unlabelled run of 7 or more digits is there for it to confirm.
  if (!hasCandidate(text)) return [];
  const findings: PiiFinding[] = [];
  for (const found of findPhoneNumbersInText(text, 'US')) {
    const { startsAt: start, endsAt: end } = found;
    if (labelBefore(text, start) === 'identifier') continue;
    if (text.charAt(start) !== '+' && gluedBefore(text, start)) continue;
    if (gluedAfter(text, end)) continue;
    findings.push({ kind: 'phone', start, end });
  }
  return findings;
}

function hasCandidate(text: string): boolean {
  for (const match of allMatches(CANDIDATE, text)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits < MIN_DIGITS) continue;
    if (/\p{L}/u.test(text.charAt(match.index - 1)) || labelBefore(text, match.index) === 'identifier') continue;
    return true;
  }
  return false;
}
