import type { Locator, Page } from '@playwright/test';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { buildEditorSite } from '../editors/build';
import type {} from '../editors/harness-api';
import type { createPageWorldInserter } from '../../lib/content/page-world-insert';
import { expect, serveX, test, watchErrors } from './harness';

// The bridge Firefox uses to insert from the page's world. Its script ships in the Firefox build
// only, so here both halves are bundled from source: the page-world script exactly as Firefox
// runs it (a script element of its own), and the content side's inserter, which in Firefox runs
// in the content script's world and here in the page's (the protocol between them is the same).

const SCRIPT_ID = 'carebar-main-world';

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

let mainWorldJs: string;
let contentSideJs: string;

test.beforeAll(async () => {
  [mainWorldJs, contentSideJs] = await Promise.all([
    bundle(`import entry from './entrypoints/compose-main-world.ts'; entry.main();`),
    bundle(`import { createPageWorldInserter } from './lib/content/page-world-insert.ts'; window.carebarPageWorld = { createPageWorldInserter };`),
  ]);
});

interface PageWorldTest {
  createPageWorldInserter: typeof createPageWorldInserter;
}

/** Starts the page-world script as the content script does (a script element kept in the page); true once it listens. */
async function startBridge(page: Page): Promise<boolean> {
  return page.evaluate(
    ([id, mainWorld, contentSide]) => {
      const script = document.createElement('script');
      script.id = id;
      script.textContent = mainWorld;
      document.head.append(script);
      const helper = document.createElement('script');
      helper.textContent = contentSide;
      document.head.append(helper);
      return script.hasAttribute('data-carebar-ready');
    },
    [SCRIPT_ID, mainWorldJs, contentSideJs] as const,
  );
}

interface Exchange {
  ok: boolean;
  requests: string[];
  answers: string[];
  markLeft: boolean;
}

/** Inserts `text` into `box` through the bridge, recording what went each way. */
function insertThroughBridge(box: Locator, text: string): Promise<Exchange> {
  return box.evaluate(
    async (element, [id, reply]) => {
      const script = document.getElementById(id) as HTMLScriptElement;
      const requests: string[] = [];
      const answers: string[] = [];
      script.addEventListener('carebar:insert', (event) => requests.push((event as CustomEvent<string>).detail));
      script.addEventListener('carebar:inserted', (event) => answers.push((event as CustomEvent<string>).detail));
      const bridge = (window as unknown as { carebarPageWorld: PageWorldTest }).carebarPageWorld;
      const insert = bridge.createPageWorldInserter(() => Promise.resolve(script), { fallback: () => Promise.resolve(false) });
      const ok = await insert(element as HTMLElement, reply);
      return { ok, requests, answers, markLeft: document.querySelector('[data-carebar-insert]') !== null };
    },
    [SCRIPT_ID, text] as const,
  );
}

function idOf(detail: string | undefined): string {
  return (JSON.parse(detail ?? '{}') as { id?: string }).id ?? '';
}

const REPLY_PATH = '/compose/post';

/** The reply dialog's box (the page behind it has Home's box too). */
function replyBox(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Reply', exact: true }).getByRole('textbox', { name: 'Post text' });
}

function replyBoxText(page: Page): Promise<string> {
  return replyBox(page).evaluate((box) => Array.from(box.querySelectorAll('[data-block="true"]'), (block) => block.textContent).join('\n'));
}

test('the page-world script inserts into X’s reply box and answers the request by its id', async ({ context, page }) => {
  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  const errors = watchErrors(page);
  await page.goto(`https://x.com${REPLY_PATH}`);
  await expect(replyBox(page)).toBeVisible();
  expect(await startBridge(page)).toBe(true);

  const exchange = await insertThroughBridge(replyBox(page), 'Hi Marcus, sorry about your bag 🙏 We are on it.');
  expect(exchange.ok).toBe(true);
  expect(await replyBoxText(page)).toBe('Hi Marcus, sorry about your bag 🙏 We are on it.');
  expect(exchange.requests).toHaveLength(1);
  expect(exchange.answers).toEqual([JSON.stringify({ id: idOf(exchange.requests[0]), ok: true })]);
  expect(exchange.markLeft).toBe(false);
  expect(errors).toEqual([]);
});

test('the page-world script ignores malformed requests and refuses unknown boxes, throwing nothing', async ({ context, page }) => {
  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  const errors = watchErrors(page);
  await page.goto(`https://x.com${REPLY_PATH}`);
  expect(await startBridge(page)).toBe(true);
  const before = await replyBoxText(page);

  const answers = await replyBox(page).evaluate(
    async (box, id) => {
      const script = document.getElementById(id)!;
      const seen: unknown[] = [];
      script.addEventListener('carebar:inserted', (event) => seen.push((event as CustomEvent<unknown>).detail));
      box.setAttribute('data-carebar-insert', 'marked');
      const send = (detail: unknown) => script.dispatchEvent(new CustomEvent('carebar:insert', { detail }));
      // An object, not a string; broken JSON; the wrong shapes; then a box nobody marked.
      send({ id: 'marked', text: 'object' });
      send('{"id": "marked", "text": ');
      send(JSON.stringify({ id: 'marked' }));
      send(JSON.stringify({ id: 'marked', text: 42 }));
      send(JSON.stringify(['marked', 'array']));
      send(JSON.stringify({ id: '"], body, [x="', text: 'escape' }));
      await new Promise((done) => setTimeout(done, 300));
      box.removeAttribute('data-carebar-insert');
      return seen;
    },
    SCRIPT_ID,
  );

  expect(answers).toEqual([JSON.stringify({ id: '"], body, [x="', ok: false })]);
  expect(await replyBoxText(page)).toBe(before);
  expect(errors).toEqual([]);
});

test('through the page-world script, Draft.js’s own state takes a reply over the selection', async ({ context, page }) => {
  const site = await buildEditorSite();
  // https, as X is: the content side's ids come from crypto.randomUUID, kept to secure pages.
  await context.route('https://editors.test/**', async (route) => {
    const file = site.files.get(new URL(route.request().url()).pathname);
    await (file ? route.fulfill({ status: 200, contentType: file.contentType, body: file.body }) : route.fulfill({ status: 404 }));
  });
  const errors = watchErrors(page);
  await page.goto('https://editors.test/draft.html');
  await page.waitForFunction(() => window.editorHarness !== undefined);
  await page.evaluate(() => window.editorHarness!.reset('Dear customer, bad news'));
  expect(await startBridge(page)).toBe(true);
  const box = page.getByLabel('Draft.js box', { exact: true });
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  // Draft.js takes the selection from selectionchange, a frame later.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

  const exchange = await insertThroughBridge(box, 'Sorry about that,\nwe are on it 🙏');
  expect(exchange.ok).toBe(true);
  expect(await page.evaluate(() => window.editorHarness!.text())).toBe('Sorry about that,\nwe are on it 🙏');
  expect(exchange.answers).toEqual([JSON.stringify({ id: idOf(exchange.requests[0]), ok: true })]);
  expect(errors).toEqual([]);
});
