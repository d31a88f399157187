import { extensionWorker, launchChromium } from '../e2e/harness';
import { bundleForPage, evaluateInPage } from './page-bundle';
import type { Query, RecordsBenchConfig, RecordsBenchResult, Timing } from './records-db-page';
import { ms, verdict, type Row } from './report';
import { median, percentile } from './stats';

/**
 * Notes, reminders and search at a busy team's volume, in Chromium's real IndexedDB inside the
 * extension's own origin: Carebar's repositories (Dexie, its indexes, its soft deletes) against
 * raw IndexedDB doing the same work on the same rows in the same page, in turns.
 */
const CONFIG: RecordsBenchConfig = { notes: 100_000, reminders: 10_000, handles: 5_000, importNotes: 10_000, runs: 30, due: 150 };
/** Indexing the imported notes' words happens after the import has answered: shown, no target. */
const TARGETS_MS: Record<Query, number | null> = { customerNotes: 5, dueReminders: 5, wordSearch: 50, importNotes: 2_000, indexImported: null };
const LABELS: Record<Query, string> = {
  customerNotes: 'notes for one handle',
  dueReminders: 'due reminders',
  wordSearch: 'word search, 1 word',
  importNotes: `import ${CONFIG.importNotes.toLocaleString('en')} notes`,
  indexImported: 'their words indexed, after',
};
const QUERIES = Object.keys(TARGETS_MS) as Query[];
const GLOBAL = 'CarebarRecordsBench';

export interface Figure {
  medianMs: number;
  p95Ms: number;
  found: number;
}

export interface RecordsDbResult {
  config: RecordsBenchConfig;
  fillMs: number;
  carebar: Record<Query, Figure>;
  raw: Record<Query, Figure>;
  targetsMs: Record<Query, number | null>;
  pass: boolean;
}

function figure(timing: Timing): Figure {
  return { medianMs: median(timing.samples), p95Ms: percentile(timing.samples, 95), found: median(timing.found) };
}

function meets(figure: Figure, targetMs: number | null): boolean {
  return targetMs === null || figure.medianMs <= targetMs;
}

function figures(timings: Record<Query, Timing>): Record<Query, Figure> {
  return Object.fromEntries(QUERIES.map((q) => [q, figure(timings[q])])) as Record<Query, Figure>;
}

export async function measureRecordsDb(): Promise<RecordsDbResult> {
  const code = await bundleForPage(`export { runRecordsBench } from './test/bench/records-db-page';`, GLOBAL);
  const { context, close } = await launchChromium({ withExtension: true });
  try {
    const worker = await extensionWorker(context);
    const page = await context.newPage();
    // A document of the extension's origin, so the databases are the extension's own as the
    // background's is; one that runs none of Carebar's scripts, so only the bench's run.
    await page.goto(new URL('/icon/128.png', worker.url()).href);
    // Straight over the DevTools protocol: the page's CSP rightly refuses inline and eval'd
    // script, which is how Playwright would inject it.
    const cdp = await context.newCDPSession(page);
    await evaluateInPage(cdp, code);
    const result = (await evaluateInPage(cdp, `${GLOBAL}.runRecordsBench(${JSON.stringify(CONFIG)})`)) as RecordsBenchResult;
    const carebar = figures(result.carebar);
    const raw = figures(result.raw);
    const pass = QUERIES.every((q) => meets(carebar[q], TARGETS_MS[q]));
    return { config: CONFIG, fillMs: result.fillMs, carebar, raw, targetsMs: TARGETS_MS, pass };
  } finally {
    await close();
  }
}

export async function benchRecordsDb(): Promise<RecordsDbResult> {
  const { notes, reminders, runs } = CONFIG;
  console.log(`\n▶ notes and reminders: ${notes.toLocaleString('en')} notes, ${reminders.toLocaleString('en')} reminders in the extension's IndexedDB, Carebar against raw IndexedDB, ${runs} runs each`);
  const result = await measureRecordsDb();
  console.log(`  filled both databases in ${(result.fillMs / 1000).toFixed(1)} s`);
  for (const q of QUERIES) {
    const c = result.carebar[q];
    const r = result.raw[q];
    console.log(`  ${LABELS[q]}: carebar median ${ms(c.medianMs, 2)} (p95 ${ms(c.p95Ms, 2)}), raw median ${ms(r.medianMs, 2)} (p95 ${ms(r.p95Ms, 2)}); rows found ${c.found} and ${r.found}`);
  }
  return result;
}

export function recordsDbRows(result: RecordsDbResult): Row[] {
  return QUERIES.map((q) => {
    const c = result.carebar[q];
    const r = result.raw[q];
    const target = result.targetsMs[q];
    return {
      figure: LABELS[q],
      carebar: `carebar ${ms(c.medianMs, 2)} (p95 ${c.p95Ms.toFixed(2)})`,
      peer: `raw IndexedDB ${ms(r.medianMs, 2)} (p95 ${r.p95Ms.toFixed(2)})`,
      target: target === null ? '—' : `target ≤ ${ms(target, 0)}`,
      verdict: target === null ? 'info' : verdict(meets(c, target)),
    };
  });
}
