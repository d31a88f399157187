import { findCards } from './card';
import { digitRuns } from './digit-runs';
import { findSsns } from './ssn';
import type { PiiFinding } from '../types';

/** The shortest card numbers (`luhn.ts`) and SSNs: most texts with digits have a date, a time or a count, and far fewer. */
const MIN_CARD_DIGITS = 13;
const MIN_SSN_DIGITS = 9;

export function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * Card numbers and SSNs in a text with `digits` digits in all, each detector run only when
 * there are digits enough for what it looks for. Shared by triage (`pii.ts`) and the tone
 * check, which must not carry the phone detector and its metadata.
 */
export function findIdNumbers(text: string, digits: number): PiiFinding[] {
  const cards = digits >= MIN_CARD_DIGITS ? findCards(text, digitRuns(text)) : [];
  return digits >= MIN_SSN_DIGITS ? [...cards, ...findSsns(text)] : cards;
}
