import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export type Verdict = 'PASS' | 'FAIL' | 'info';

/** One line of the closing table: Carebar's figure, the peer's, the target and the verdict. */
export interface Row {
  figure: string;
  carebar: string;
  peer: string;
  target: string;
  verdict: Verdict;
}

export function verdict(pass: boolean): Verdict {
  return pass ? 'PASS' : 'FAIL';
}

export function ms(value: number, digits = 1): string {
  return `${value.toFixed(digits)} ms`;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function signed(text: string, value: number): string {
  return value >= 0 ? `+${text}` : text;
}

export function formatTable(rows: readonly Row[]): string {
  const columns = ['figure', 'carebar', 'peer', 'target', 'verdict'] as const;
  const widths = columns.map((column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      columns
        .map((column, i) => row[column].padEnd(widths[i] ?? 0))
        .join('   ')
        .trimEnd(),
    )
    .join('\n');
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** What a bench that needs no browser hands back: its rows for the closing table and its figures for the JSON. */
export interface NodeBenchResult {
  rows: Row[];
  pass: boolean;
  figures: unknown;
}

/** A bench that runs in Node alone; it prints its own lines as it goes. */
export interface NodeBench {
  /** Key of its figures in the JSON, and its heading. */
  name: string;
  run: () => NodeBenchResult | Promise<NodeBenchResult>;
}
