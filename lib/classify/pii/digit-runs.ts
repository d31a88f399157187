import { allMatches } from './matches';

/** A run of digit groups joined by separators: "4111 1111-1111.1111", "3782 822463 10005". */
export interface DigitRun {
  start: number;
  end: number;
  /** Each group's offsets and digits, in order. */
  groups: { start: number; end: number; digits: string }[];
}

/**
 * Groups are joined by one or two spaces, or by a dash or dot with an optional space either
 * side. Every repetition needs a non-digit separator, so the pattern cannot backtrack.
 */
const RUN = /\d+(?:(?:[ \t\u00a0]{1,2}|[ \t\u00a0]?[-.\u2010-\u2015][ \t\u00a0]?)\d+)*/g;
const GROUP = /\d+/g;

export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = [];
  for (const match of allMatches(RUN, text)) {
    const start = match.index;
    const groups: DigitRun['groups'] = [];
    for (const group of allMatches(GROUP, match[0])) {
      groups.push({ start: start + group.index, end: start + group.index + group[0].length, digits: group[0] });
    }
    runs.push({ start, end: start + match[0].length, groups });
  }
  return runs;
}
