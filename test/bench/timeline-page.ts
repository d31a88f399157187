import type { CDPSession, Page } from '@playwright/test';
import { launchChromium, postList, serveX } from '../e2e/harness';

const HOME = 'https://x.com/home';
/** A 2,000-post page is tens of megabytes of X markup: it takes a while on two busy cores. */
const LOAD_TIMEOUT_MS = 180_000;
/** Lets start-up work (page and extension) finish before anything is measured. */
const SETTLE_MS = 1000;
const TASKS_GLOBAL = 'carebarBenchLongTasks';

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

/**
 * Opens the timeline at its x.com address in a fresh Chromium and waits until it, and the
 * extension if loaded, are done starting.
 *
 * The fixture draws every avatar and photo as an SVG data: picture, and Chromium gives each
 * its own SVG document and a relayout: that alone takes a 2,000-post page from ~20 s to
 * ~100 s to load. Nothing measured here looks at pixels (readPost only reads a picture's
 * address), so pictures are blocked, in both variants alike.
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
