import type { Page } from '@playwright/test';
import { extensionWorker, launchChromium, postList, serveX } from '../e2e/harness';
import type { PanelFillConfig } from './customer-panel-page';
import { bundleForPage, evaluateInPage } from './page-bundle';
import { ms, verdict, type Row } from './report';
import { median, percentile } from './stats';

/**
 * Opening a customer's panel from the sidebar, from the click to the first frame painted with
 * their notes, on the X home fixture through the real extension: first with an empty database
 * (the peer: the same click, the same messages and drawing, nothing to search), then with the
 * database filled to a busy team's volume. The difference is what the stored volume costs.
 */
export const PANEL_TARGET_MS = 100;
const RUNS = 24;
/** Openings before timing starts: the worker, the database and the code paths warm up. */
const WARM_UP = 6;
const GLOBAL = 'CarebarPanelBench';
/** Customers of home-timeline.html (see its README) and one of their posts each; those on screen are opened. */
const POSTS: Record<string, string> = {
  lena_okafor: '1991897465090998272',
  dtorres_88: '1991894734599094274',
  priya_raman: '1991887553950646277',
  jb_morales: '1991883930071990278',
  sunnyside_k: '1991865940702134280',
  marcus_lee: '1991846844036022276',
  oli_wright: '1991840317698998282',
  nadia_h: '1991822798091190284',
};
const FILL: PanelFillConfig = { notes: 100_000, reminders: 10_000, handles: 5_000, customers: Object.keys(POSTS), notesEach: 40 };

export interface CustomerPanelResult {
  filled: { medianMs: number; p95Ms: number };
  empty: { medianMs: number; p95Ms: number };
  notesStored: number;
  targetMs: number;
  pass: boolean;
}

/**
 * One opening, timed inside the page: the click on the post's entry, then the panel showing the
 * customer's counts (its last part to arrive), then the frame that draws it.
 */
function openPanel(page: Page, postId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      new Promise<number>((resolvePanel, reject) => {
        const root = document.querySelector('carebar-sidebar')?.shadowRoot;
        const entry = root?.querySelector<HTMLElement>(`[data-post-id="${id}"]`);
        if (!root || !entry) return reject(new Error(`no sidebar entry for ${id}`));
        const loaded = () => root.querySelector('section[aria-label="Customer"]')?.textContent.includes('in the last day') === true;
        const observer = new MutationObserver(() => {
          if (!loaded()) return;
          observer.disconnect();
          // After the frame's callbacks the frame is drawn; the task after it sees it painted.
          requestAnimationFrame(() => setTimeout(() => resolvePanel(performance.now() - started)));
        });
        observer.observe(root, { subtree: true, childList: true, characterData: true });
        const started = performance.now();
        entry.click();
      }),
    postId,
  );
}

async function closePanel(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close customer panel' }).click();
  await page.getByRole('region', { name: 'Customer' }).waitFor({ state: 'detached' });
}

/** The posts of `POSTS` the sidebar lists: those on screen in the viewport. */
async function listedPosts(page: Page): Promise<string[]> {
  const listed = await page.evaluate(() =>
    [...(document.querySelector('carebar-sidebar')?.shadowRoot?.querySelectorAll<HTMLElement>('[data-post-id]') ?? [])].map((el) => el.dataset.postId ?? ''),
  );
  const ids = Object.values(POSTS).filter((id) => listed.includes(id));
  if (ids.length < 2) throw new Error(`the sidebar lists too few of the bench's posts: ${listed.join(', ')}`);
  return ids;
}

/** Opening a post's panel scrolls the page to it, so the posts on screen are read afresh each time. */
async function timeOpenings(page: Page): Promise<number[]> {
  const samples: number[] = [];
  for (let run = -WARM_UP; run < RUNS; run++) {
    const ids = await listedPosts(page);
    const ms = await openPanel(page, ids[(run + WARM_UP) % ids.length] ?? '');
    if (run >= 0) samples.push(ms);
    await closePanel(page);
  }
  return samples;
}

export async function measureCustomerPanel(): Promise<CustomerPanelResult> {
  const { context, close } = await launchChromium({ withExtension: true });
  try {
    const worker = await extensionWorker(context);
    await serveX(context, { '/home': 'home-timeline.html' });
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await postList(page).waitFor();
    const empty = await timeOpenings(page);

    const filler = await context.newPage();
    await filler.goto(new URL('/icon/128.png', worker.url()).href);
    const cdp = await context.newCDPSession(filler);
    await evaluateInPage(cdp, await bundleForPage(`export { fillCarebarDatabase } from './test/bench/customer-panel-page';`, GLOBAL));
    const notesStored = await evaluateInPage(cdp, `${GLOBAL}.fillCarebarDatabase(${JSON.stringify(FILL)})`);
    if (typeof notesStored !== 'number') throw new Error('filling the database returned no count');
    await filler.close();

    const full = await timeOpenings(page);
    const result = {
      filled: { medianMs: median(full), p95Ms: percentile(full, 95) },
      empty: { medianMs: median(empty), p95Ms: percentile(empty, 95) },
      notesStored,
      targetMs: PANEL_TARGET_MS,
    };
    return { ...result, pass: result.filled.medianMs <= PANEL_TARGET_MS };
  } finally {
    await close();
  }
}

export async function benchCustomerPanel(): Promise<CustomerPanelResult> {
  console.log(`\n▶ customer panel: click to painted on the X home fixture, ${RUNS} openings with an empty database, then with ${FILL.notes.toLocaleString('en')} notes and ${FILL.reminders.toLocaleString('en')} reminders`);
  const result = await measureCustomerPanel();
  console.log(`  ${result.notesStored.toLocaleString('en')} notes stored; filled: median ${ms(result.filled.medianMs, 1)} (p95 ${ms(result.filled.p95Ms, 1)}), empty: median ${ms(result.empty.medianMs, 1)} (p95 ${ms(result.empty.p95Ms, 1)})`);
  return result;
}

export function customerPanelRow(result: CustomerPanelResult): Row {
  return {
    figure: 'customer panel, click to painted',
    carebar: `carebar ${ms(result.filled.medianMs, 1)} (p95 ${result.filled.p95Ms.toFixed(1)}) with ${result.notesStored.toLocaleString('en')} notes`,
    peer: `same panel, empty database ${ms(result.empty.medianMs, 1)} (p95 ${result.empty.p95Ms.toFixed(1)})`,
    target: `target ≤ ${ms(result.targetMs, 0)}`,
    verdict: verdict(result.pass),
  };
}
