import type { Page, Worker } from '@playwright/test';
import { extensionWorker, launchChromium } from '../e2e/harness';
import { ms, verdict, type Row } from './report';
import { median, percentile } from './stats';

/**
 * Filtering the options page's reply library as a manager types in "Search replies", through
 * the real extension: from each keydown until the frame showing the filtered list is painted.
 * Measured first with an empty library (the peer: the same keys, the same page and drawing,
 * nothing to filter), then with 5,000 replies stored. The difference is what the library costs.
 */
export const LIBRARY_KEYSTROKE_TARGET_MS = 16;
export const LIBRARY_SIZE = 5_000;
/** Typed one key at a time; the first is a warm-up, not timed. */
const WARM_UP = 'refund';
const QUERIES = ['refund card', 'delay update', 'outage', 'sorry account', 'thanks shipping', 'password reset'];

interface Timing {
  medianMs: number;
  p95Ms: number;
  /** Keydown to the list rendered, before layout, paint and the wait for a frame. */
  renderedMedianMs: number;
}

export interface OptionsLibraryResult {
  filled: Timing;
  empty: Timing;
  keystrokes: number;
  replies: number;
  targetMs: number;
  pass: boolean;
}

/**
 * Writes a seeded library straight into the extension's database from its worker, one
 * transaction: what the background would store after 5,000 saves, in a second.
 */
function fillLibrary(worker: Worker, count: number): Promise<number> {
  return worker.evaluate(
    (size) =>
      new Promise<number>((resolve, reject) => {
        const words = (
          'refund card charge billing payment delay order shipping delivery parcel tracking outage service down update account ' +
          'password reset login email verify security fraud store return exchange size colour warranty repair replace damaged ' +
          'broken missing late sorry thanks apologies appreciate patience team support help today tomorrow week number details ' +
          'message direct private team manager escalate ticket case follow check investigate confirm resolved fixed app website'
        ).split(' ');
        const tags = ['billing', 'shipping', 'outage', 'account', 'praise', 'returns', 'pii', 'escalation', 'product', 'store'];
        const codes = ['red', 'orange', 'yellow', 'green'] as const;
        let seed = 7;
        const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
        const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
        const phrase = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
        const rows = Array.from({ length: size }, (_, i) => ({
          id: `bench-${i}`,
          title: `${phrase(3)} ${i}`,
          body: `Hi {name}, ${phrase(18)}. ${phrase(14)}: {link} {agent}`,
          tags: [pick(tags), pick(tags)].filter((tag, at, all) => all.indexOf(tag) === at),
          codes: random() < 0.3 ? [] : [pick(codes)],
          categories: [],
          networks: i % 5 === 0 ? ['x'] : [],
          updatedAt: 1_700_000_000_000 + i,
        }));
        const open = indexedDB.open('carebar');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('boilerplate', 'readwrite');
          const store = tx.objectStore('boilerplate');
          for (const row of rows) store.put(row);
          tx.oncomplete = () => resolve(rows.length);
          tx.onerror = () => reject(tx.error ?? new Error('fill failed'));
        };
      }),
    count,
  );
}

async function openLibrary(page: Page, worker: Worker): Promise<void> {
  await page.goto(new URL('/options.html', worker.url()).href);
  await page.locator('#bp-count').filter({ hasText: /replies/ }).waitFor();
  // Past the idle moment in which the page builds its search index.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
  // From each keydown: the key's input event filters and renders (Preact renders in a
  // microtask, run as soon as its listener returns), the next frame draws it, and the task
  // after that frame sees it painted. A listener on window hears the input event last, after
  // that render: what filtering and drawing cost without layout, paint and the wait for a frame.
  await page.evaluate(() => {
    const bench = { painted: [] as number[], rendered: [] as number[], started: 0 };
    (window as unknown as { bench: typeof bench }).bench = bench;
    window.addEventListener('input', () => bench.rendered.push(performance.now() - bench.started));
    window.addEventListener(
      'keydown',
      () => {
        const started = performance.now();
        bench.started = started;
        requestAnimationFrame(() => setTimeout(() => bench.painted.push(performance.now() - started)));
      },
      true,
    );
  });
}

interface Samples {
  painted: number[];
  rendered: number[];
}

/** Types each query a key at a time, each key waited for; the samples of the timed queries. */
async function typeQueries(page: Page): Promise<Samples> {
  const search = page.getByRole('searchbox', { name: 'Search replies' });
  const read = () => page.evaluate(() => (window as unknown as { bench: Samples }).bench);
  const timed: Samples = { painted: [], rendered: [] };
  for (const query of [WARM_UP, ...QUERIES]) {
    // Emptying the box is a keystroke too, but not one of the query's: not counted.
    await search.fill('');
    await search.focus();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))));
    const before = await read();
    for (const key of query) {
      const count = (await read()).painted.length;
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForFunction((n) => (window as unknown as { bench: Samples }).bench.painted.length > n, count);
    }
    if ((await search.inputValue()) !== query) throw new Error(`typed "${await search.inputValue()}", not "${query}"`);
    if (query === WARM_UP) continue;
    const after = await read();
    timed.painted.push(...after.painted.slice(before.painted.length));
    timed.rendered.push(...after.rendered.slice(before.rendered.length));
  }
  return timed;
}

function timing({ painted, rendered }: Samples): Timing {
  return { medianMs: median(painted), p95Ms: percentile(painted, 95), renderedMedianMs: median(rendered) };
}

export async function measureOptionsLibrary(): Promise<OptionsLibraryResult> {
  const { context, close } = await launchChromium({ withExtension: true });
  try {
    const worker = await extensionWorker(context);
    const page = await context.newPage();
    await openLibrary(page, worker);
    const empty = await typeQueries(page);

    const replies = await fillLibrary(worker, LIBRARY_SIZE);
    await openLibrary(page, worker);
    const shown = await page.locator('#bp-count').textContent();
    if (!shown?.includes(LIBRARY_SIZE.toLocaleString('en'))) throw new Error(`the page lists "${shown ?? ''}", not the ${LIBRARY_SIZE} replies stored`);
    const filled = await typeQueries(page);
    const result = {
      filled: timing(filled),
      empty: timing(empty),
      keystrokes: filled.painted.length,
      replies,
      targetMs: LIBRARY_KEYSTROKE_TARGET_MS,
    };
    return { ...result, pass: result.filled.medianMs <= LIBRARY_KEYSTROKE_TARGET_MS };
  } finally {
    await close();
  }
}

export async function benchOptionsLibrary(): Promise<OptionsLibraryResult> {
  console.log(`\n▶ options library: keydown to painted in "Search replies", with an empty library, then with ${LIBRARY_SIZE.toLocaleString('en')} replies`);
  const result = await measureOptionsLibrary();
  console.log(`  ${result.keystrokes} keystrokes; ${result.replies.toLocaleString('en')} replies: median ${ms(result.filled.medianMs, 1)} (p95 ${ms(result.filled.p95Ms, 1)}; rendered in ${ms(result.filled.renderedMedianMs, 1)}), empty: median ${ms(result.empty.medianMs, 1)} (p95 ${ms(result.empty.p95Ms, 1)}; rendered in ${ms(result.empty.renderedMedianMs, 1)})`);
  return result;
}

export function optionsLibraryRow(result: OptionsLibraryResult): Row {
  return {
    figure: 'library search, keystroke to painted',
    carebar: `carebar ${ms(result.filled.medianMs, 1)} (p95 ${result.filled.p95Ms.toFixed(1)}) with ${result.replies.toLocaleString('en')} replies`,
    peer: `same page, empty library ${ms(result.empty.medianMs, 1)} (p95 ${result.empty.p95Ms.toFixed(1)})`,
    target: `target ≤ ${ms(result.targetMs, 0)}`,
    verdict: verdict(result.pass),
  };
}
