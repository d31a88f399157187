import { expect, postList, serveX, sidebar, test } from './harness';

/**
 * Pictures of the sidebar on the saved X pages, light and dark, for people to look at
 * (written to screenshots/, which is not committed).
 */
const pages = [
  { name: 'home-light', path: '/home', fixture: 'home-timeline.html', theme: 'light' },
  { name: 'mentions-dark', path: '/notifications/mentions', fixture: 'notifications.html', theme: 'dark' },
  { name: 'post-light', path: '/AcmeAir/status/1', fixture: 'post-page.html', theme: 'light' },
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
    }
    await page.screenshot({ path: `screenshots/${shot.name}.png` });
  });
}
