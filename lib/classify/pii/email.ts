import type { PiiFinding } from '../types';

const LOCAL = /[\p{L}\p{N}.!#$%&'*+/=?^_`{|}~-]/u;
const DOMAIN = /[\p{L}\p{N}.-]/u;
/** RFC 5321 limits: they also bound the scan, so a long run of junk costs nothing extra. */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;
const TOP_LEVEL = /\.\p{L}{2,63}$/u;

/**
 * Email addresses, found by scanning out from each '@' instead of one big pattern: linear,
 * and an @mention ("@brand", "hi @brand") has nothing before its '@' so it never matches.
 */
export function findEmails(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL.test(text.charAt(start - 1))) start--;
    while (text.charAt(start) === '.') start++;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && DOMAIN.test(text.charAt(end))) end++;
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes('.') && !domain.includes('..') && TOP_LEVEL.test(domain)) {
      findings.push({ kind: 'email', start, end });
    }
    at = text.indexOf('@', Math.max(end, at + 1));
  }
  return findings;
}
