import type { Adaptation } from '../engine';
import type { Triage } from '../types';
import { CODES } from '../../text/code-labels';

const MIX: readonly (keyof Adaptation['training'])[] = ['negative', 'neutral', 'positive'];

export interface SummaryInput {
  results: readonly Pick<Triage, 'code' | 'categories'>[];
  skipped: number;
  /** Null when adapting was turned off. */
  adaptation: Adaptation | null;
}

/** The table the CLI writes to stderr: posts by code and by category, then what adapting did. */
export function formatSummary({ results, skipped, adaptation }: SummaryInput): string {
  const total = results.length;
  const byCode = CODES.map((code): [string, number] => [code, results.filter((r) => r.code === code).length]);
  const sections = [
    table(['code', 'posts', 'share'], [...byCode.map(([code, n]) => [code, String(n), percent(n, total)]), ['total', String(total), '']]),
    table(['category', 'posts'], categoryCounts(results).map(([category, n]) => [category, String(n)])),
    adaptationLines(adaptation),
  ];
  if (skipped > 0) sections.push(`skipped ${skipped} malformed ${skipped === 1 ? 'row' : 'rows'}`);
  return `${sections.join('\n\n')}\n`;
}

/** Most frequent first; posts without any category count as "(none)". */
function categoryCounts(results: SummaryInput['results']): [string, number][] {
  const counts = new Map<string, number>();
  for (const { categories } of results) {
    for (const category of categories.length > 0 ? categories : ['(none)']) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
}

function adaptationLines(adaptation: Adaptation | null): string {
  if (adaptation === null) return 'adapting: off (--no-adapt)';
  const { training, estimated, posts, iterations, converged, changedCodes } = adaptation;
  const head =
    iterations === 0
      ? `adapting: on, but ${posts} English ${posts === 1 ? 'post is' : 'posts are'} too few to estimate from; the training mix stays`
      : `adapting: on, class mix estimated from ${posts} English posts in ${iterations} EM iterations${converged ? '' : ' (stopped before converging)'}`;
  const mix = table(
    ['class mix', ...MIX],
    [
      ['training', ...MIX.map((label) => training[label].toFixed(3))],
      ['estimated', ...MIX.map((label) => estimated[label].toFixed(3))],
    ],
  );
  return `${head}\n${mix}\ncodes changed by adapting: ${changedCodes}`;
}

/** Left-aligned first column, numbers right-aligned, two spaces between. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '' : `${Math.round((100 * part) / whole)}%`;
}
