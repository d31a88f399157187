#!/usr/bin/env node
/**
 * Captures x.com as it is today, anonymised, next to the hand-written fixtures, so the two can
 * be compared when X changes its markup (see test/fixtures/x/README.md).
 *
 * For whoever can reach x.com with an account: sign in once in a Chromium profile, then
 *
 *   node scripts/refresh-x-fixtures.mjs --profile ~/.config/carebar-x-profile
 *
 * Options:
 *   --profile DIR     Chromium user-data directory that is signed in to x.com (required).
 *                     To sign in first: add --headed and --login, log in, close the window.
 *   --login           Only opens x.com/login in that profile and waits for the window to close.
 *   --headed          Shows the browser.
 *   --keep-text       Keeps what people wrote; handles, names, ids and pictures are replaced anyway.
 *   --only LIST       Any of home,post,reply,notifications (default: all).
 *   --post-url URL    The post page to capture (default: the first post on Home).
 *   --scrolls N       How many screens of Home to load before capturing (default 2).
 *   --out DIR         Where to write (default test/fixtures/x).
 *
 * Writes <name>.live.html (home-timeline, post-page, reply-box, notifications). It only reads:
 * it opens a reply dialog to capture it, never types into it, and closes it again.
 * Chromium comes from CHROMIUM_PATH or /usr/bin/chromium. Read the output before committing it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';
import { anonymiseXDocument, Pseudonyms } from './lib/anonymise-x.mjs';

const POST = 'article[data-testid="tweet"]';
const EDITOR = '[role="dialog"] [data-testid^="tweetTextarea_"][contenteditable="true"]';
const PAGES = ['home', 'post', 'reply', 'notifications'];
const TIMEOUT = 30_000;

const { values: args } = parseArgs({
  options: {
    profile: { type: 'string' },
    login: { type: 'boolean', default: false },
    headed: { type: 'boolean', default: false },
    'keep-text': { type: 'boolean', default: false },
    only: { type: 'string', default: PAGES.join(',') },
    'post-url': { type: 'string' },
    scrolls: { type: 'string', default: '2' },
    out: { type: 'string', default: 'test/fixtures/x' },
  },
});

if (!args.profile) {
  console.error('Usage: node scripts/refresh-x-fixtures.mjs --profile DIR [--keep-text] [--only home,post,reply,notifications]');
  process.exit(2);
}

const wanted = new Set(args.only.split(',').map((name) => name.trim()));
const unknown = [...wanted].filter((name) => !PAGES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown page(s): ${unknown.join(', ')}. Choose from ${PAGES.join(', ')}.`);
  process.exit(2);
}

const outDir = resolve(args.out);
mkdirSync(outDir, { recursive: true });
const pseudonyms = new Pseudonyms();

const context = await chromium.launchPersistentContext(resolve(args.profile), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !args.headed && !args.login,
  viewport: { width: 1280, height: 900 },
});

try {
  const page = context.pages()[0] ?? (await context.newPage());
  if (args.login) {
    await page.goto('https://x.com/login');
    console.log('Sign in, then close the browser window.');
    await page.waitForEvent('close', { timeout: 0 });
  } else {
    await capturePages(page);
  }
} finally {
  await context.close().catch(() => undefined);
}

async function capturePages(page) {
  const firstPost = await openHome(page);
  if (wanted.has('home')) await save(page, 'home-timeline');
  if (wanted.has('reply')) await captureReplyDialog(page);
  if (wanted.has('post')) {
    const url = args['post-url'] ?? firstPost;
    if (!url) throw new Error('No post on Home to open; pass --post-url.');
    await open(page, url);
    await save(page, 'post-page');
  }
  if (wanted.has('notifications')) {
    await open(page, 'https://x.com/notifications/mentions');
    await save(page, 'notifications');
  }
  console.log('Stand-ins used:', pseudonyms.counts());
  console.log(`Review the files in ${outDir} before committing them.`);
}

/** Opens Home, loads a few screens of it, and returns the first post's address. */
async function openHome(page) {
  await open(page, 'https://x.com/home');
  for (let i = 0; i < Number(args.scrolls); i += 1) {
    await page.mouse.wheel(0, 1800);
    await page.waitForTimeout(1500);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(1000);
  const href = await page.locator(`${POST} a[href*="/status/"]:has(time)`).first().getAttribute('href').catch(() => null);
  return href ? new URL(href, 'https://x.com').href : undefined;
}

async function open(page, url) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (/\/(login|i\/flow\/login)/.test(new URL(page.url()).pathname)) {
    throw new Error('Not signed in: run again with --login --headed and sign in first.');
  }
  await page.waitForSelector(POST, { timeout: TIMEOUT });
  await page.waitForTimeout(1500);
}

/** Opens the reply dialog of the first post on Home, captures it, and closes it untouched. */
async function captureReplyDialog(page) {
  await open(page, 'https://x.com/home');
  await page.locator(`${POST} [data-testid="reply"]`).first().click();
  await page.waitForSelector(EDITOR, { timeout: TIMEOUT });
  await page.waitForTimeout(800);
  await save(page, 'reply-box');
  await page.keyboard.press('Escape');
}

async function save(page, name) {
  const dom = new JSDOM(await page.content());
  const report = anonymiseXDocument(dom.window.document, { keepText: args['keep-text'], pseudonyms });
  const file = join(outDir, `${name}.live.html`);
  writeFileSync(file, `<!DOCTYPE html>\n${dom.window.document.documentElement.outerHTML}\n`);
  const posts = dom.window.document.querySelectorAll(POST).length;
  console.log(`${file}: ${posts} posts, ${report.pictures} pictures replaced`);
}
