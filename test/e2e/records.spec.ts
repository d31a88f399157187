import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, extensionWorker, launchChromium, serveX, sidebar, test } from './harness';
import { homeWith, recentPost, RITA } from './x-pages';

const POST = recentPost(1, RITA, '@AcmeAir_Help my refund has not arrived', 3);
const PERMALINK = `https://x.com/rita_okafor/status/${POST.id}`;

const PAGES = { '/home': homeWith([POST]), [new URL(PERMALINK).pathname]: homeWith([POST]) };

async function openCustomer(page: Page) {
  await sidebar(page).locator(`[data-post-id="${POST.id}"]`).click();
  const panel = sidebar(page).getByRole('region', { name: 'Customer' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('in the last day');
  return panel;
}

/** The extension's `chrome` global, as far as these tests use it. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
};

function notificationIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

/** Sends a Carebar message from an extension page, as the popup does. */
async function sendFromExtension(context: BrowserContext, worker: Worker, message: { name: string; payload: unknown }): Promise<unknown> {
  const page = await context.newPage();
  await page.goto(new URL('/popup.html', worker.url()).href);
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  await page.close();
  return reply;
}

test.describe('notes and reminders', () => {
  test('a note survives reloading the page, and restarting the browser and the extension', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'carebar-notes-'));
    try {
      let browser = await launchChromium({ withExtension: true, profile });
      await serveX(browser.context, PAGES);
      let page = await browser.context.newPage();
      await page.goto('https://x.com/home');
      let panel = await openCustomer(page);
      await panel.getByRole('textbox', { name: 'New note' }).fill('Promised a refund by Friday: https://help.example.com/r/1');
      await panel.getByRole('button', { name: 'Save note' }).click();
      await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Promised a refund by Friday');
      await expect(panel.getByRole('link', { name: 'https://help.example.com/r/1' })).toBeVisible();

      await page.reload();
      panel = await openCustomer(page);
      await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Promised a refund by Friday');
      await browser.close();

      // A new browser on the same profile loads the extension afresh from disk.
      browser = await launchChromium({ withExtension: true, profile });
      await serveX(browser.context, PAGES);
      page = await browser.context.newPage();
      await page.goto('https://x.com/home');
      panel = await openCustomer(page);
      await expect(panel.getByRole('list', { name: 'Notes' })).toContainText('Promised a refund by Friday');
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  test('a reminder a minute ahead shows a notification when due; the popup opens its post', async ({ context, page, worker }) => {
    test.setTimeout(150_000);
    await serveX(context, PAGES);
    await page.goto('https://x.com/home');
    const panel = await openCustomer(page);
    await panel.getByRole('textbox', { name: 'Remind me' }).fill('in 1 minute');
    await expect(panel.getByText(/^Due (today|tomorrow) /)).toBeVisible();
    await panel.getByRole('textbox', { name: 'Reminder note' }).fill('check the refund');
    await panel.getByRole('button', { name: 'Set reminder' }).click();
    await expect(panel.getByRole('list', { name: 'Open reminders' })).toContainText('check the refund');
    expect(await notificationIds(worker)).toEqual([]);

    await expect.poll(() => notificationIds(worker), { timeout: 100_000, intervals: [2_000] }).toEqual([expect.stringMatching(/^reminder:/)]);

    const popup = await context.newPage();
    await popup.goto(new URL('/popup.html', worker.url()).href);
    const due = popup.getByRole('list', { name: 'Due reminders' });
    await expect(due).toContainText('@rita_okafor');
    await expect(due).toContainText('check the refund');
    const opened = context.waitForEvent('page');
    await due.getByRole('button', { name: 'Open post by @rita_okafor' }).click();
    const postPage = await opened;
    await expect(postPage).toHaveURL(PERMALINK);
  });

  test('a reminder that came due while the browser was closed fires once at the next start', async () => {
    test.setTimeout(120_000);
    const profile = mkdtempSync(join(tmpdir(), 'carebar-restart-'));
    try {
      let browser = await launchChromium({ withExtension: true, profile });
      let worker = await extensionWorker(browser.context);
      const dueAt = Date.now() + 4_000;
      const reply = await sendFromExtension(browser.context, worker, {
        name: 'reminder/create',
        payload: { subject: { network: 'x', handle: 'rita_okafor', postId: POST.id, url: PERMALINK }, body: 'call back', dueAt },
      });
      expect(reply).toMatchObject({ ok: true });
      await browser.close();
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt - Date.now()) + 1_000));

      browser = await launchChromium({ withExtension: true, profile });
      worker = await extensionWorker(browser.context);
      await expect.poll(() => notificationIds(worker), { timeout: 15_000 }).toEqual([expect.stringMatching(/^reminder:/)]);
      const [id] = await notificationIds(worker);
      await worker.evaluate((n) => chrome.notifications.clear(n), id ?? '');
      await browser.close();

      browser = await launchChromium({ withExtension: true, profile });
      worker = await extensionWorker(browser.context);
      const due = await sendFromExtension(browser.context, worker, { name: 'reminder/due', payload: {} });
      expect(due).toMatchObject({ ok: true, result: { reminders: [{ body: 'call back' }] } });
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(await notificationIds(worker)).toEqual([]);
      await browser.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
