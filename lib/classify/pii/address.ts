import type { PiiFinding } from '../types';
import { allMatches } from './matches';

const SUFFIX =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|ter|' +
  'circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|cres|close|alley|loop|route|rte|' +
  'plaza|plz|row|walk|pike|expressway|expy|freeway|fwy';

/** House number, one to four name words, a street suffix: "221B Baker St", "1600 Pennsylvania Avenue NW". */
const STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}$£€#.,:/-])(\d{1,6}(?:-\d{1,4})?\p{L}?)[ \t]+((?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*[ \t]+){1,4}?)(?:${SUFFIX})\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b)?(?![\p{L}\p{N}])`,
  'giu',
);

/** What may follow the street on the same line: a unit, then "City, ST 12345" or a bare ZIP. Case matters here. */
const UNIT = /,?[ \t]*(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|[Ss]te|[Uu]nit|[Ff]l(?:oor)?|#)\.?[ \t]*#?[\p{L}\p{N}-]{1,6}/uy;
const CITY_STATE_ZIP =
  /,[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]\p{Lu}[\p{L}.'-]*){0,2},?[ \t]+(?:\p{Lu}{2}|\p{Lu}\p{Ll}+)(?:[ \t]+\d{5}(?:-\d{4})?)?(?![\p{L}\p{N}])|,?[ \t]+\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/uy;

const PO_BOX = /(?<![\p{L}\p{N}])(?:p\.?[ \t]?o\.?|post[ \t]+office)[ \t]*box[ \t]*#?[ \t]*\d{1,8}(?![\p{L}\p{N}])/giu;

/**
 * Words that, between a number and a street suffix, show the number counts something else:
 * "3 hours on hold all the way", "a 20 minute drive", "2 bags down the road".
 */
const NOT_A_STREET_NAME = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'with', 'by',
  'all', 'any', 'no', 'not', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that',
  'is', 'are', 'was', 'were', 'be', 'i', 'you', 'we', 'they', 'it', 'me', 'so', 'just', 'more',
  'times', 'time', 'hours', 'hour', 'hrs', 'hr', 'minutes', 'minute', 'mins', 'min', 'days', 'day',
  'weeks', 'week', 'months', 'month', 'years', 'year', 'seconds', 'second', 'secs', 'miles', 'mile',
  'km', 'kms', 'blocks', 'block', 'stars', 'star', 'people', 'bags', 'bag', 'items', 'item',
  'lane', 'lanes', 'way', 'ways', 'different', 'other', 'same', 'whole', 'entire',
]);

/** Street addresses and PO boxes, in English-speaking formats. */
export function findAddresses(text: string): PiiFinding[] {
  const findings: PiiFinding[] = [];
  for (const match of allMatches(STREET, text)) {
    const name = (match[2] ?? '').trim().toLowerCase().split(/[ \t]+/);
    if (name.some((word) => NOT_A_STREET_NAME.has(word.replace(/[.'’-]+$/, '')))) continue;
    const start = match.index;
    findings.push({ kind: 'address', start, end: extendTail(text, start + match[0].length) });
  }
  for (const match of allMatches(PO_BOX, text)) {
    findings.push({ kind: 'address', start: match.index, end: extendTail(text, match.index + match[0].length) });
  }
  return findings;
}

function extendTail(text: string, from: number): number {
  let end = from;
  for (const pattern of [UNIT, CITY_STATE_ZIP]) {
    pattern.lastIndex = end;
    const match = pattern.exec(text);
    if (match) end += match[0].length;
  }
  return end;
}
