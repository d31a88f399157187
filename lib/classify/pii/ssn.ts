import type { PiiFinding } from '../types';
import { labelBefore } from './context';
import { allMatches } from './matches';

/** Area, group and serial with the same separator each time: "123-45-6789", "123 45 6789". */
const FORMATTED = /(?<![\p{L}\p{N}_\-.])(\d{3})([- ])(\d{2})\2(\d{4})(?![\p{L}\p{N}_]|-\d|\.\d)/gu;
const BARE = /(?<![\p{L}\p{N}_\-.])\d{9}(?![\p{L}\p{N}_]|-\d|\.\d)/gu;
const CUE = /\b(?:ssn|ss#|ss ?no|social security|social sec|socsec)/i;
/** How far a cue may be from a bare nine-digit number and still be about it. */
const CUE_WINDOW = 40;

/**
 * US Social Security numbers. Ranges the SSA never issues are left out (area 000, 666, 900–999;
 * group 00; serial 0000). A formatted number counts on its own unless an identifier label is
 * in front of it; a bare nine-digit number only near an "SSN" or "social security" cue, since
 * most nine-digit numbers in care posts are orders or zip+4s.
 */
export function findSsns(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of allMatches(FORMATTED, text)) {
    const [whole, area = '', , group = '', serial = ''] = match;
    if (!validParts(area, group, serial)) continue;
    if (!hasCue(text, match.index, match.index + whole.length) && labelBefore(text, match.index) !== null) continue;
    findings.push({ kind: 'ssn', start: match.index, end: match.index + whole.length });
  }
  for (const match of allMatches(BARE, text)) {
    const digits = match[0];
    const end = match.index + digits.length;
    if (!validParts(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5)) || !hasCue(text, match.index, end)) continue;
    findings.push({ kind: 'ssn', start: match.index, end });
  }
  return findings;
}

function validParts(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && !area.startsWith('9') && group !== '00' && serial !== '0000';
}

function hasCue(text: string, start: number, end: number): boolean {
  return CUE.test(text.slice(Math.max(0, start - CUE_WINDOW), end + CUE_WINDOW));
}
