import type { SiteAdapter } from '../../lib/sites/adapter';
import type { Page } from '@playwright/test';
import { median, percentile } from './stats';
import { bundleForPage } from './page-bundle';

const GLOBAL_NAME = 'CarebarBench';
const RUNS = 25;
const WARM_UP_RUNS = 5;
export const READ_TARGET_MS = 0.05;

export interface Spread {
  medianMs: number;
  p95Ms: number;
}

export interface ReadTimeResult {
  posts: number;
  /** Posts the adapter read (the rest are not readable posts: ads without ids, placeholders). */
  readable: number;
  /** Text the peer got per run, to show it read the same posts. */
  peerCharacters: number;
  runs: number;
  carebar: Spread;
  /** `innerText` of every post element: what many extensions do to read a post. */
  peerInnerText: Spread;
  /** How many times slower the peer is, by median. */
  peerRatio: number;
  targetMs: number;
  pass: boolean;
}

interface PageTimings {
  posts: number;
  readable: number;
  peerCharacters: number;
  carebarMs: number[];
  peerMs: number[];
}

/**
 * Runs in the page. Each run first changes one post's size, as X does whenever it loads or
 * recycles a row, so a reader that forces layout pays for it as it would on the real site;
 * the two readers take turns going first so neither inherits the other's warm caches.
 */
function timeReadsInPage({ runs, globalName }: { runs: number; globalName: string }): PageTimings {
  const bench = (window as unknown as Record<string, { xAdapter: SiteAdapter } | undefined>)[globalName];
  if (!bench) throw new Error(`${globalName} was not injected`);
  const adapter = bench.xAdapter;
  const first = adapter.findPostElements(document)[0];
  if (!(first instanceof HTMLElement)) throw new Error('no post element on the page');

  let readable = 0;
  const readCarebar = () => {
    readable = 0;
    for (const el of adapter.findPostElements(document)) if (adapter.readPost(el)) readable++;
  };
  let peerCharacters = 0;
  const readPeer = () => {
    peerCharacters = 0;
    for (const el of adapter.findPostElements(document)) if (el instanceof HTMLElement) peerCharacters += el.innerText.length;
  };
  let resized = false;
  const time = (read: () => void) => {
    resized = !resized;
    first.style.paddingBottom = resized ? '1px' : '';
    const start = performance.now();
    read();
    return performance.now() - start;
  };

  const posts = adapter.findPostElements(document).length;
  const carebarMs: number[] = [];
  const peerMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      carebarMs.push(time(readCarebar) / posts);
      peerMs.push(time(readPeer) / posts);
    } else {
      peerMs.push(time(readPeer) / posts);
      carebarMs.push(time(readCarebar) / posts);
    }
  }
  first.style.paddingBottom = '';
  return { posts, readable, peerCharacters, carebarMs, peerMs };
}

function spread(perPostMs: readonly number[]): Spread {
  const measured = perPostMs.slice(WARM_UP_RUNS);
  return { medianMs: median(measured), p95Ms: percentile(measured, 95) };
}

/**
 * Times `findPostElements` + `readPost` over the whole timeline in `page`, which must not run
 * the extension, and leaves the page as it found it.
 */
export async function measureReadTime(page: Page): Promise<ReadTimeResult> {
  // The adapter as the extension ships it: bundled and minified, for the page's main world.
  await page.addScriptTag({ content: await bundleForPage(`export * from './lib/sites/x/adapter';`, GLOBAL_NAME) });
  const timings = await page.evaluate(timeReadsInPage, { runs: RUNS, globalName: GLOBAL_NAME });
  const carebar = spread(timings.carebarMs);
  const peerInnerText = spread(timings.peerMs);
  return {
    posts: timings.posts,
    readable: timings.readable,
    peerCharacters: timings.peerCharacters,
    runs: RUNS - WARM_UP_RUNS,
    carebar,
    peerInnerText,
    peerRatio: peerInnerText.medianMs / carebar.medianMs,
    targetMs: READ_TARGET_MS,
    pass: timings.readable > 0 && carebar.medianMs <= READ_TARGET_MS,
  };
}
