import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, serveX, test, watchErrors } from './harness';

const REPLY_PATH = '/compose/post';

async function openOptions(page: Page, worker: Worker) {
  await page.goto(new URL('/options.html', worker.url()).href);
  const section = page.getByRole('region', { name: 'Boilerplate' });
  await expect(section.locator('#bp-count')).toContainText(/replies/);
  return section;
}

function library(section: ReturnType<Page['getByRole']>) {
  return section.getByRole('list', { name: 'Replies' });
}

test('a reply written in the options page is offered by the reply assistant on X, filled for the customer', async ({ context, page, worker }) => {
  const errors = watchErrors(page);
  const section = await openOptions(page, worker);
  await section.getByRole('button', { name: 'New reply' }).click();
  await section.getByLabel('Title').fill('Bag on its way');
  await section.getByLabel('Reply text').fill('Hi {name}, your bag is on its way back to you. {agent}');
  await expect(section.getByRole('figure').first()).toContainText('Hi Marcus, your bag is on its way back to you. Sam');
  await section.getByLabel('Tags').fill('baggage');
  await section.getByRole('group', { name: 'Fits codes' }).getByLabel('Orange').check();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toContainText('Saved “Bag on its way”');
  await expect(library(section).getByRole('listitem')).toHaveCount(1);
  expect(errors).toEqual([]);

  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  const x = await context.newPage();
  await x.goto(`https://x.com${REPLY_PATH}`);
  await x.getByRole('dialog', { name: 'Reply', exact: true }).getByRole('textbox', { name: 'Post text' }).click();
  const suggestions = x.getByRole('dialog', { name: 'Reply assistant' }).getByRole('listbox', { name: 'Suggested replies' });
  await expect(suggestions.getByRole('option')).toHaveCount(1);
  await expect(suggestions.getByRole('option').first()).toContainText('Hi Marcus, your bag is on its way back to you.');
  await expect(suggestions).not.toContainText('{name}');
});

test('a deleted reply comes back with Undo, and stays after a reload', async ({ page, worker }) => {
  const section = await openOptions(page, worker);
  for (const title of ['Refund delay', 'Outage update']) {
    await section.getByRole('button', { name: 'New reply' }).click();
    await section.getByLabel('Title').fill(title);
    await section.getByLabel('Reply text').fill(`About the ${title.toLowerCase()}, {name}.`);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByRole('status')).toContainText(`Saved “${title}”`);
  }
  await section.getByRole('button', { name: 'Delete “Refund delay”' }).click();
  await expect(section.getByRole('status')).toContainText('Deleted “Refund delay”.');
  await expect(library(section).getByRole('listitem')).toHaveCount(1);
  await expect(section.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toContainText('Restored “Refund delay”.');
  await expect(library(section).getByRole('listitem')).toHaveCount(2);

  await page.reload();
  await expect(library(page.getByRole('region', { name: 'Boilerplate' })).getByRole('listitem')).toHaveCount(2);
});

test('a reply can be written and saved with the keyboard alone', async ({ page, worker }) => {
  const section = await openOptions(page, worker);
  await section.getByRole('button', { name: 'New reply' }).focus();
  await page.keyboard.press('Enter');
  await expect(section.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Card in public');
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Reply text')).toBeFocused();
  await page.keyboard.type('Please never post card details, {name}. DM us instead.');
  await page.keyboard.press('Tab');
  await expect(section.getByLabel('Tags')).toBeFocused();
  await page.keyboard.type('pii, card');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('group', { name: 'Fits codes' }).getByLabel('Red')).toBeFocused();
  await page.keyboard.press('Space');
  // Through the other codes and the networks to the short variant, then Save.
  const toShortVariant = 3 + 7;
  for (let i = 0; i <= toShortVariant; i++) await page.keyboard.press('Tab');
  await expect(section.getByLabel('Short variant')).toBeFocused();
  await page.keyboard.type('No card details here, {name}: DM us.');
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByRole('status')).toContainText('Saved “Card in public”');

  const stored = library(section).getByRole('listitem');
  await expect(stored).toHaveCount(1);
  await expect(stored).toContainText('Red · Every network · Tags: pii, card');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the Boilerplate section passes axe-core in ${colorScheme} mode, with a list, errors, warnings and an undo`, async ({ page, worker }) => {
    await page.emulateMedia({ colorScheme });
    const section = await openOptions(page, worker);
    const check = async () => {
      const { violations } = await new AxeBuilder({ page }).include('section[aria-labelledby="bp-heading"]').analyze();
      return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
    };
    expect(await check()).toEqual([]);

    for (const title of ['Refund delay', 'Outage update']) {
      await section.getByRole('button', { name: 'New reply' }).click();
      await section.getByLabel('Title').fill(title);
      await section.getByLabel('Reply text').fill(`About the ${title.toLowerCase()}, {name}.`);
      await section.getByRole('button', { name: 'Save' }).click();
      await expect(section.getByRole('status')).toContainText(`Saved “${title}”`);
    }
    await section.getByRole('button', { name: 'Favourite “Refund delay”' }).click();
    await expect(section.getByRole('button', { name: 'Move up “Refund delay”' })).toBeVisible();
    await section.getByRole('button', { name: 'New reply' }).click();
    await section.getByLabel('Reply text').fill('Hi {nmae}, see {link');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByText('A reply needs a title.')).toBeVisible();
    await expect(section.getByText(/^Unknown placeholder \{nmae\}/)).toBeVisible();
    await section.getByRole('button', { name: 'Delete “Outage update”' }).click();
    await expect(section.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await check()).toEqual([]);
  });
}
