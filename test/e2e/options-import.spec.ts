import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

/** The extension's `chrome` global, as far as this test uses it on the options page. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const CSV = [
  'title,body,codes,tags',
  '"Refund on its way","Hi {name}, your refund is on its way.',
  'It can take 5 days. ^{agent}",green,billing;refund',
  ',A reply without its title,,',
  'Typo,"Hello {nmae}, thanks!",yellow,',
  'Outage,"We know, {name}: we are fixing it now.",red|orange,outage',
].join('\r\n');

function transfer(page: Page) {
  return page.getByRole('region', { name: 'Import and export replies' });
}

async function libraryTitles(page: Page): Promise<string[]> {
  const reply = (await page.evaluate(() => chrome.runtime.sendMessage({ name: 'compose/context', payload: {} }))) as { ok: boolean; result: { library: { title: string }[] } };
  expect(reply.ok).toBe(true);
  return reply.result.library.map((item) => item.title).sort();
}

test('a CSV with bad rows is previewed, imported only when its bad rows are skipped, and exported again', async ({ page, worker }) => {
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const section = transfer(page);
  const starter = await libraryTitles(page);

  await section.getByLabel('Import replies (CSV or JSON)').setInputFiles({ name: 'team-replies.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${CSV}\r\n`) });
  await expect(section.getByRole('heading', { name: 'Preview of team-replies.csv' })).toBeFocused();
  const errors = section.getByRole('list', { name: 'Rows with errors' }).getByRole('listitem');
  await expect(errors).toHaveText(['Line 4: No title: each reply needs one.', /^Line 5: Reply text: Unknown placeholder \{nmae\} at character 7/]);
  await expect(section.getByRole('table', { name: 'Replies read' }).getByRole('rowheader')).toHaveText(['Refund on its way', 'Outage']);

  expect(await new AxeBuilder({ page }).include('section[aria-labelledby="transfer-title"]').analyze().then((result) => result.violations.map((v) => v.id))).toEqual([]);

  const importButton = section.getByRole('button', { name: 'Import 2 replies' });
  await expect(importButton).toBeDisabled();
  expect(await libraryTitles(page)).toEqual(starter);
  // From the keyboard: Space ticks the focused checkbox.
  await section.getByRole('checkbox', { name: 'Skip the rows with errors' }).focus();
  await page.keyboard.press('Space');
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(section.getByRole('status')).toHaveText('Imported: 2 replies added, 0 replaced, 2 rows skipped.');
  expect(await libraryTitles(page)).toEqual(['Outage', 'Refund on its way']);

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Export as JSON' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^carebar-replies-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { title: string; body: string; codes: string[] }[];
  expect(exported.map(({ title, body, codes }) => ({ title, body, codes })).sort((a, b) => a.title.localeCompare(b.title))).toEqual([
    { title: 'Outage', body: 'We know, {name}: we are fixing it now.', codes: ['red', 'orange'] },
    { title: 'Refund on its way', body: 'Hi {name}, your refund is on its way.\nIt can take 5 days. ^{agent}', codes: ['green'] },
  ]);
});

test('importing the same file again finds every reply a duplicate, skipped unless chosen to replace', async ({ page, worker }) => {
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  const section = transfer(page);
  const file = { name: 'replies.csv', mimeType: 'text/csv', buffer: Buffer.from('title,body\nGreeting,Hello {name}\nThanks,Thank you {name}\n') };
  await section.getByLabel('Import replies (CSV or JSON)').setInputFiles(file);
  await section.getByRole('button', { name: 'Import 2 replies' }).click();
  await expect(section.getByRole('status')).toHaveText('Imported: 2 replies added, 0 replaced, 0 rows skipped.');

  await section.getByLabel('Import replies (CSV or JSON)').setInputFiles({ ...file, buffer: Buffer.from('title,body\ngreeting,Hi there {name}\nTHANKS,Thanks again\n') });
  await expect(section.getByRole('button', { name: 'Import 0 replies' })).toBeDisabled();
  await section.getByRole('group', { name: /^Line 2: “greeting”/ }).getByRole('radio', { name: 'Replace' }).check();
  await section.getByRole('button', { name: 'Import 1 reply' }).click();
  await expect(section.getByRole('status')).toHaveText('Imported: 0 replies added, 1 replaced, 1 row skipped.');
  expect(await libraryTitles(page)).toEqual(['Thanks', 'greeting']);
});
