import { expect, postList, serveX, sidebar, test } from './harness';

/**
 * Pictures of the sidebar on the saved X pages, light and dark, for people to look at
 * (written to screenshots/, which is not committed).
 */
const pages = [
  { name: 'home-light', path: '/home', fixture: 'home-timeline.html', theme: 'light' },
  { name: 'mentions-dark', path: '/notifications/mentions', fixture: 'notifications.html', theme: 'dark' },
  { name: 'post-light', path: '/dtorres_88/status/1991894734599094274', fixture: 'post-page.html', theme: 'light' },
  { name: 'unrecognised-light', path: '/home', fixture: 'unrecognised.html', theme: 'light' },
] as const;

for (const shot of pages) {
  test(`screenshot: ${shot.name}`, async ({ context, page }) => {
    await serveX(context, { [shot.path]: shot.fixture });
    await page.goto(`https://x.com${shot.path}`);
    await expect(sidebar(page)).toHaveAttribute('data-theme', shot.theme);
    if (shot.name.startsWith('unrecognised')) {
      await expect(sidebar(page).getByRole('status')).toContainText('No posts recognised');
    } else {
      await expect(postList(page).getByRole('listitem').first()).toBeVisible();
      // Every listed post carries its code once the background has classified it, except the
      // signed-in brand's own.
      await expect
        .poll(() => page.evaluate(() => {
          const root = document.querySelector('carebar-sidebar')?.shadowRoot;
          const entries = root?.querySelectorAll('[data-post-id]') ?? [];
          const missing = [...entries].filter((entry) => entry.querySelector('.badge') === null && !entry.textContent.includes('Your account'));
          return entries.length > 0 && missing.length === 0 ? true : missing.map((entry) => entry.textContent).join(' | ');
        }), { timeout: 30_000 })
        .toBe(true);
    }
    await page.screenshot({ path: `screenshots/${shot.name}.png` });
  });
}

test('screenshot: customer-light', async ({ context, page }) => {
  await serveX(context, { '/home': 'home-timeline.html' });
  await page.goto('https://x.com/home');
  await postList(page).getByRole('listitem').nth(1).getByRole('button').click();
  const panel = sidebar(page).getByRole('region', { name: 'Customer' });
  await panel.getByLabel('New note').fill('Rebooked on AC 420 on Friday; wants a refund of the fare difference. https://help.acmeair.example/case/48213');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(panel.getByRole('list', { name: 'Notes' }).getByRole('listitem')).toHaveCount(1);
  await page.screenshot({ path: 'screenshots/customer-light.png' });
});

test('screenshot: handoff-dark', async ({ context, page }) => {
  await serveX(context, { '/notifications/mentions': 'notifications.html' });
  await page.goto('https://x.com/notifications/mentions');
  await expect(postList(page).getByRole('listitem').first()).toBeVisible();
  await sidebar(page).getByRole('button', { name: /^Hand-off/ }).click();
  await expect(sidebar(page).getByRole('region', { name: 'Hand-off' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/handoff-dark.png' });
});

/** The reply assistant on the reply dialog, with suggestions, and a reply that draws findings. */
for (const theme of ['light', 'dark'] as const) {
  test(`screenshot: reply-assistant-${theme}`, async ({ context, page }) => {
    await serveX(context, { '/compose/post': 'reply-box.html' });
    await page.goto('https://x.com/compose/post');
    if (theme === 'dark') {
      // X's "Lights out", set the way its pages and the dark fixture set it.
      await page.evaluate(() => {
        document.documentElement.style.colorScheme = 'dark';
        document.body.style.backgroundColor = 'rgb(0, 0, 0)';
        const dialog = document.querySelector<HTMLElement>('[role="dialog"] > div');
        if (dialog) dialog.style.backgroundColor = 'rgb(0, 0, 0)';
        for (const text of document.querySelectorAll<HTMLElement>('[role="dialog"] [style*="color: rgb(15, 20, 25)"]')) text.style.color = 'rgb(231, 233, 234)';
      });
    }
    const box = page.getByRole('dialog', { name: 'Reply', exact: true }).getByRole('textbox', { name: 'Post text' });
    await box.click();
    await page.keyboard.type('Obviously you should have kept the tag!!! We will look into it.');
    const panel = page.getByRole('dialog', { name: 'Reply assistant' });
    await expect(panel.getByRole('list', { name: 'Tone findings' }).getByRole('listitem').first()).toBeVisible();
    await expect(panel.getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: `screenshots/reply-assistant-${theme}.png` });
  });
}

/** The options page, whole, with a reply in the library, in the browser's light and dark schemes. */
for (const theme of ['light', 'dark'] as const) {
  test(`screenshot: options-${theme}`, async ({ page, worker }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(new URL('/options.html', worker.url()).href);
    const library = page.getByRole('region', { name: 'Boilerplate' });
    await library.getByRole('button', { name: 'New reply' }).click();
    await library.getByLabel('Title').fill('Bag delayed');
    await library.getByLabel('Reply text').fill('Hi {name}, sorry your bag is late. Please DM us your file reference and we will trace it today. ^{agent}');
    await library.getByRole('button', { name: 'Save' }).click();
    await expect(library.getByRole('list', { name: 'Replies' }).getByRole('listitem')).toHaveCount(1);
    await page.screenshot({ path: `screenshots/options-${theme}.png`, fullPage: true });
  });
}
