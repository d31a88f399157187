import type { CDPSession, Page } from '@playwright/test';
import { launchChromium, postList, serveX } from '../e2e/harness';
import { documentHtml, homeTopHtml, timelineCells, timelineRegionHtml, type XAccount } from '../fixtures/x/generate-timeline';

const HOME = 'https://x.com/home';
const LOAD_TIMEOUT_MS = 60_000;
/** Lets start-up work (page and extension) finish before anything is measured. */
const SETTLE_MS = 1000;
const TASKS_GLOBAL = 'carebarBenchLongTasks';
const TIMELINE_GLOBAL = 'carebarBenchTimeline';
const CELLS_ID = 'carebar-bench-cells';
const TIMELINE_LABEL = 'Your Home Timeline';
/**
 * Rows kept in the DOM above and below the viewport. X keeps about 20 to 30 rows mounted;
 * the generated rows average about 240 px, so 2,500 px each side of a 900 px viewport is that.
 */
const OVERSCAN_PX = 2500;

export interface LongTask {
  startMs: number;
  durationMs: number;
}

/** The timeline open in its own Chromium, with or without the extension. */
export interface TimelinePage {
  withExtension: boolean;
  page: Page;
  cdp: CDPSession;
  /** Page time at which the page and the extension were done starting. */
  readyAtMs: number;
  close: () => Promise<void>;
}

/** What the page's own script exposes to the bench (in the main world, out of the extension's sight). */
interface VirtualTimeline {
  /** Stops windowing and mounts every row, in page order. */
  showAll: () => void;
  mountedRows: () => number;
  /** Document offset of the timeline's bottom, where scrolling ends. */
  bottomPx: () => number;
}

/**
 * The page's own script: windows the rows as X's timeline does. Rows are absolutely positioned
 * (translateY) in a box as tall as the whole timeline; only those within OVERSCAN of the
 * viewport are in the DOM, added and removed on scroll events, in page order. Serialised into
 * the page, so it must be self-contained.
 */
function virtualise({ cellsId, boxSelector, overscanPx, globalName }: { cellsId: string; boxSelector: string; overscanPx: number; globalName: string }): void {
  const data = document.getElementById(cellsId)?.textContent;
  const box = document.querySelector(boxSelector);
  if (!data || !box) throw new Error('virtual timeline: no data or no box');
  const cells = JSON.parse(data) as [top: number, bottom: number, html: string][];
  // Once, before any row exists: the box does not move afterwards.
  const boxTop = box.getBoundingClientRect().top + window.scrollY;
  let nodes: Element[] = [];
  let from = 0;
  let to = 0;
  const make = (i: number): Element => {
    const template = document.createElement('template');
    template.innerHTML = cells[i]?.[2] ?? '';
    const row = template.content.firstElementChild;
    if (!row) throw new Error(`virtual timeline: row ${i} is empty`);
    return row;
  };
  /** Index of the first row whose bottom is below `y` (box coordinates). */
  const firstBelow = (y: number): number => {
    let lo = 0;
    let hi = cells.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cells[mid]?.[1] ?? 0) > y) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const mount = (a: number, b: number) => {
    if (a >= to || b <= from) {
      for (const node of nodes) node.remove();
      nodes = [];
      from = to = a;
    }
    for (; from < a; from++) nodes.shift()?.remove();
    for (; to > b; to--) nodes.pop()?.remove();
    const before: Element[] = [];
    for (let i = a; i < from; i++) before.push(make(i));
    box.prepend(...before);
    const after: Element[] = [];
    for (let i = to; i < b; i++) after.push(make(i));
    box.append(...after);
    nodes = [...before, ...nodes, ...after];
    from = a;
    to = b;
  };
  const update = () => {
    const y = window.scrollY - boxTop;
    const a = firstBelow(y - overscanPx);
    mount(a, Math.max(a, Math.min(cells.length, firstBelow(y + window.innerHeight + overscanPx) + 1)));
  };
  window.addEventListener('scroll', update, { passive: true });
  update();
  const api: VirtualTimeline = {
    showAll: () => {
      window.removeEventListener('scroll', update);
      mount(0, cells.length);
    },
    mountedRows: () => nodes.length,
    bottomPx: () => boxTop + (cells[cells.length - 1]?.[1] ?? 0),
  };
  (window as unknown as Record<string, VirtualTimeline>)[globalName] = api;
}

/**
 * A home timeline of `posts` generated posts (test/fixtures/x/generate-timeline.ts) that
 * virtualises like x.com: the rows travel as JSON inside the page and the page's script mounts
 * the ones near the viewport.
 */
export function virtualTimelineHtml(posts: number): string {
  const viewer: XAccount = { name: 'Acme Air Support', handle: 'AcmeAir_Help', verified: true };
  const cells: [number, number, string][] = [];
  let top = 0;
  for (const cell of timelineCells(posts)) {
    cells.push([top, cell.bottom, cell.html]);
    top = cell.bottom;
  }
  // "<" escaped so no row can end the script element early.
  const json = JSON.stringify(cells).replace(/</g, '\\u003c');
  const options = { cellsId: CELLS_ID, boxSelector: `[aria-label="Timeline: ${TIMELINE_LABEL}"] > div`, overscanPx: OVERSCAN_PX, globalName: TIMELINE_GLOBAL };
  const script = `<script type="application/json" id="${CELLS_ID}">${json}</script><script>(${virtualise.toString()})(${JSON.stringify(options)});</script>`;
  return documentHtml({
    theme: 'light',
    title: 'Home / X',
    current: 'home',
    viewer,
    primary: `<div aria-label="Home timeline" tabindex="0" class="css-175oi2r">${homeTopHtml(viewer, 'light')}${timelineRegionHtml(TIMELINE_LABEL, '', top)}${script}</div>`,
  });
}

/** An init script: self-contained, since it is serialised into the page before the site's own scripts. */
function observeLongTasks(globalName: string): void {
  const tasks: LongTask[] = [];
  (window as unknown as Record<string, LongTask[]>)[globalName] = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ startMs: entry.startTime, durationMs: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Every long task of the page so far, the extension's included: they share the main thread. */
export async function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate((name) => (window as unknown as Record<string, LongTask[] | undefined>)[name] ?? [], TASKS_GLOBAL);
}

type TimelineCall = 'showAll' | 'mountedRows' | 'bottomPx';

/** Calls the page's virtual timeline, which lives in the page's main world. */
async function callTimeline(page: Page, call: TimelineCall): Promise<number | undefined> {
  return page.evaluate(
    ({ name, call: method }) => {
      const api = (window as unknown as Record<string, VirtualTimeline | undefined>)[name];
      if (!api) throw new Error('the page has no virtual timeline');
      return api[method]() ?? undefined;
    },
    { name: TIMELINE_GLOBAL, call },
  );
}

/** Rows in the DOM right now. */
export async function mountedRows(page: Page): Promise<number> {
  return (await callTimeline(page, 'mountedRows')) ?? 0;
}

/** Document offset of the timeline's last row's bottom. */
export async function timelineBottomPx(page: Page): Promise<number> {
  return (await callTimeline(page, 'bottomPx')) ?? 0;
}

/** Mounts every row for good, as a timeline that never virtualises would hold them. */
export async function showAllPosts(page: Page): Promise<void> {
  await callTimeline(page, 'showAll');
}

/**
 * Opens the timeline at its x.com address in a fresh Chromium and waits until it, and the
 * extension if loaded, are done starting.
 *
 * The fixture draws every avatar and photo as an SVG data: picture, and Chromium gives each
 * its own SVG document and a relayout: with 2,000 posts mounted that alone takes minutes.
 * Nothing measured here looks at pixels (readPost only reads a picture's address), so
 * pictures are blocked, in both variants alike.
 */
export async function openTimeline(html: string, withExtension: boolean): Promise<TimelinePage> {
  const { context, close } = await launchChromium({ withExtension });
  try {
    await serveX(context, { '/home': html });
    await context.addInitScript(observeLongTasks, TASKS_GLOBAL);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setBlockedURLs', { urls: ['data:image/*'] });
    await page.goto(HOME, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    await cdp.send('Performance.enable');
    // The list only renders once the content script has read posts: then the extension is fully up.
    if (withExtension) await postList(page).getByRole('listitem').first().waitFor({ timeout: LOAD_TIMEOUT_MS });
    await page.waitForTimeout(SETTLE_MS);
    const readyAtMs = await page.evaluate(() => performance.now());
    return { withExtension, page, cdp, readyAtMs, close };
  } catch (error) {
    await close();
    throw error;
  }
}
