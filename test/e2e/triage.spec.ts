import type { Page } from '@playwright/test';
import type { XAccount, XPost } from '../fixtures/x/generate-timeline';
import { expect, serveX, sidebar, test, watchErrors } from './harness';
import { idsListed } from './page-helpers';
import { homeWith, recentPost, RITA, SAM } from './x-pages';

const NOBODY: XAccount = { name: 'user8812734', handle: 'user8812734', defaultAvatar: true };

const CARD = recentPost(1, RITA, '@AcmeAir_Help you charged my card twice, it is 4111 1111 1111 1111, refund it now', 2);
const PRAISE = recentPost(2, SAM, 'Shout out to @AcmeAir_Help for sorting my seat in five minutes, thank you so much! 💙', 5);
const OUTAGE = recentPost(3, RITA, '@AcmeAir_Help your app is down again and I cannot check in for my flight', 7);
const QUESTION = recentPost(4, NOBODY, 'Does anyone know if the lounge at gate B is open today?', 9);
const LOGIN = recentPost(5, RITA, '@AcmeAir_Help the app is still down, I cannot log in to my account', 12);
const POSTS = [CARD, PRAISE, OUTAGE, QUESTION, LOGIN];

function entry(page: Page, p: XPost) {
  return sidebar(page).locator(`[data-post-id="${p.id}"]`);
}

test.describe('triage in the sidebar', () => {
  test.beforeEach(async ({ context, page }) => {
    await serveX(context, { '/home': homeWith(POSTS) });
    await page.goto('https://x.com/home');
    // Every post gets its code once the background has loaded the models.
    for (const p of POSTS) await expect(entry(page, p).locator('.badge')).toBeVisible({ timeout: 30_000 });
  });

  test('each post shows its code in words, its categories, signals and time left', async ({ page }) => {
    await expect(entry(page, CARD).locator('.badge')).toHaveText('Red');
    await expect(entry(page, CARD)).toContainText('pii');
    await expect(entry(page, PRAISE).locator('.badge')).toHaveText('Green');
    await expect(entry(page, PRAISE)).toContainText('praise');
    await expect(entry(page, OUTAGE).locator('.badge')).toHaveText('Yellow');
    await expect(entry(page, OUTAGE)).toContainText('outage');
    await expect(entry(page, QUESTION).locator('.badge')).toHaveText('Orange');

    // Rita wrote three times within the hour; the account with X's default picture is a new one.
    await expect(entry(page, OUTAGE)).toContainText('Repeat poster');
    await expect(entry(page, QUESTION)).toContainText('New account');

    // Default SLA: Yellow 1 h, posted 7 minutes ago; Green 4 h, posted 5 minutes ago.
    await expect(entry(page, OUTAGE).locator('.entry__due')).toHaveText(/^5[23]m$/);
    await expect(entry(page, PRAISE).locator('.entry__due')).toHaveText(/^3h 5[45]m$/);
  });

  test('the reasons are the badge’s description, read on focus and shown on hover', async ({ page }) => {
    await expect(entry(page, CARD)).toHaveAccessibleDescription(/card number in public/);
    await entry(page, CARD).focus();
    await expect(sidebar(page).locator(`#reasons-x-${CARD.id}`)).toBeVisible();
  });

  test('filters by code and category, and sorts by deadline', async ({ page }) => {
    const errors = watchErrors(page);
    const codes = sidebar(page).getByRole('group', { name: 'Filter by code' });
    await codes.getByRole('button', { name: /^Red/ }).click();
    await expect(codes.getByRole('button', { name: /^Red/ })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => idsListed(page)).toEqual([CARD.id]);

    await codes.getByRole('button', { name: /^Yellow/ }).click();
    await expect.poll(() => idsListed(page)).toEqual([CARD.id, OUTAGE.id, LOGIN.id]);
    await codes.getByRole('button', { name: /^Red/ }).click();
    await codes.getByRole('button', { name: /^Yellow/ }).click();
    await expect.poll(() => idsListed(page)).toEqual(POSTS.map((p) => p.id));

    await sidebar(page).getByLabel('Category').selectOption({ label: 'praise (1)' });
    await expect.poll(() => idsListed(page)).toEqual([PRAISE.id]);
    await sidebar(page).getByLabel('Category').selectOption('');

    // Red is due at once, then Yellow (1 h, the older post first), Orange (3 h), Green (4 h).
    await sidebar(page).getByLabel('Sort').selectOption('deadline');
    await expect.poll(() => idsListed(page)).toEqual([CARD.id, LOGIN.id, OUTAGE.id, QUESTION.id, PRAISE.id]);
    expect(errors).toEqual([]);
  });
});

test('a post the brand has replied to on its page shows as answered', async ({ context, page }) => {
  await serveX(context, { '/dtorres_88/status/1991894734599094274': 'post-page.html' });
  await page.goto('https://x.com/dtorres_88/status/1991894734599094274');
  // The signed-in account is @AcmeAir_Help, whose reply sits under Daniel's post.
  const opened = sidebar(page).locator('[data-post-id="1991894734599094274"]');
  await expect(opened.locator('.badge')).toBeVisible({ timeout: 30_000 });
  await expect(opened).toContainText('Answered');
  await expect(sidebar(page).locator('[data-post-id="1991895384716214294"]')).not.toContainText('Answered');
});
