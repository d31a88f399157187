import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const FIXTURES_DIR = resolve('test/fixtures/x');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium with the production build loaded, or without any extension. A given profile
 * directory is kept on close, so a test can start the same browser again.
 */
export async function launchChromium(options: { withExtension: boolean; profile?: string }): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (options.withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'carebar-profile-'));
  const extensionArgs = options.withExtension
    ? [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS, ...extensionArgs],
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      if (options.profile === undefined) rmSync(profile, { recursive: true, force: true });
    },
  };
}

const BLANK_GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/**
 * Serves pages at their real x.com addresses, so the manifest's real match patterns decide
 * where Carebar runs. `pages` maps a path to a fixture file name or to HTML; anything else on
 * x.com is a 404 and every other host is cut off, so no test ever reaches the network.
 */
export async function serveX(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(
    (url) => url.protocol !== 'chrome-extension:' && url.protocol !== 'data:',
    async (route) => {
      const url = new URL(route.request().url());
      const isX = url.hostname === 'x.com';
      const page = isX ? pages[url.pathname] : undefined;
      if (page !== undefined) {
        const body = page.trimStart().startsWith('<') ? page : fixtureHtml(page);
        await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } else if (route.request().resourceType() === 'image') {
        // Avatars and emoji of the saved pages: a blank pixel keeps the console clean.
        await route.fulfill({ status: 200, contentType: 'image/gif', body: BLANK_GIF });
      } else if (isX) {
        await route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>Not found</title>' });
      } else {
        await route.abort();
      }
    },
  );
}

/** The extension's own `chrome` global, as far as these tests use it inside the worker. */
declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

export function readExtensionStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

export function writeExtensionStorage(worker: Worker, items: Record<string, unknown>): Promise<void> {
  return worker.evaluate((i) => chrome.storage.local.set(i), items);
}

export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

interface Fixtures {
  context: BrowserContext;
  worker: Worker;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, close } = await launchChromium({ withExtension: true });
    await use(context);
    await close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect } from '@playwright/test';

/** The sidebar, reached through its open shadow root (Playwright's locators pierce it). */
export function sidebar(page: Page) {
  return page.getByRole('complementary', { name: 'Carebar' });
}

export function postList(page: Page) {
  return sidebar(page).getByRole('list', { name: 'Visible posts' });
}
