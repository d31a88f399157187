import { expect, postList, serveX, sidebar, test, watchErrors } from './harness';
import { expectListToMatchScreen, idsListed } from './page-helpers';

test.describe('bad input on X pages', () => {
  test('hostile post text shows as plain text and nothing runs', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    const errors = watchErrors(page);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto('https://x.com/home');
    await expect(postList(page).getByRole('listitem').first()).toBeVisible();

    const id = await page.evaluate(() => {
      const article = document.querySelector('article[data-testid="tweet"]');
      const text = article?.querySelector('[data-testid="tweetText"]');
      if (!article || !text) throw new Error('no post text');
      // What an attacker can make X display: markup as literal text, a right-to-left override
      // and 10 KB of emoji.
      text.textContent = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202Egnp.exe ' + '😀'.repeat(2_500);
      const href = article.querySelector('a[href*="/status/"] time')?.closest('a')?.getAttribute('href') ?? '';
      return /\/status\/(\d+)/.exec(href)?.[1] ?? '';
    });

    const entry = sidebar(page).locator(`[data-post-id="${id}"]`);
    await expect(entry).toContainText('<script>alert(1)</script><img src=x onerror=alert(2)> gnp.exe 😀');
    expect(await entry.locator('img, script').count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(errors).toEqual([]);
  });

  test('malformed, empty and deleted posts are skipped or shown as they are, without errors', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    const errors = watchErrors(page);
    await page.goto('https://x.com/home');
    await expect(postList(page).getByRole('listitem').first()).toBeVisible();

    await page.evaluate(() => {
      const rows = [...document.querySelectorAll('article[data-testid="tweet"]')].slice(0, 3);
      const [noLink, empty, noText] = rows;
      for (const a of noLink?.querySelectorAll('a[href*="/status/"]') ?? []) a.removeAttribute('href');
      if (empty) empty.replaceChildren();
      noText?.querySelector('[data-testid="tweetText"]')?.remove();
      window.scrollTo(0, 0);
    });

    await expectListToMatchScreen(page);
    await expect(sidebar(page).getByText('No text (media or deleted post)').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a page of 10,000 posts lists what is on screen and stays usable', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    const errors = watchErrors(page);
    await page.goto('https://x.com/home');
    await expect(postList(page).getByRole('listitem').first()).toBeVisible();

    // 10,000 posts in the page, each with its own id, as a timeline that never virtualises
    // would hold. Only a window of 20 rows is laid out: Chromium alone needs about a minute to
    // lay out 1.6 million nodes of X's markup, which would measure the browser, not Carebar.
    await page.addStyleTag({ content: '[data-testid="cellInnerDiv"]:not([data-window]) { display: none; }' });
    await page.evaluate((total) => {
      const rows = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')].filter((row) => row.querySelector('article'));
      const parent = rows[0]?.parentElement;
      if (!parent) throw new Error('no timeline rows');
      const fragment = document.createDocumentFragment();
      for (let n = rows.length; n < total; n += 1) {
        const copy = rows[n % rows.length]?.cloneNode(true) as HTMLElement;
        for (const a of copy.querySelectorAll('a[href*="/status/"]')) {
          a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/\/status\/\d+/, `/status/3${String(n).padStart(18, '0')}`));
        }
        fragment.appendChild(copy);
      }
      parent.appendChild(fragment);
      for (const row of [...parent.children].slice(0, 20)) row.setAttribute('data-window', '');
    }, 10_000);
    // Counted in the page: Playwright's selector engine would walk 1.6 million nodes.
    expect(await page.evaluate(() => document.querySelectorAll('article[data-testid="tweet"]').length)).toBe(10_000);
    await expectListToMatchScreen(page);

    // Move the window deep into the timeline, as scrolling would.
    await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[data-testid="cellInnerDiv"]')];
      for (const row of rows.slice(0, 20)) row.removeAttribute('data-window');
      for (const row of rows.slice(6_000, 6_020)) row.setAttribute('data-window', '');
      window.scrollTo(0, 0);
    });
    await expectListToMatchScreen(page);
    const listed = await idsListed(page);
    expect(listed.length).toBeGreaterThan(3);
    // Cloned rows carry ids 3000…0n for row n; the window sits near row 6,000.
    expect(listed.map((id) => Number(id.slice(1))).every((n) => n > 5_900 && n < 6_100)).toBe(true);
    expect(errors).toEqual([]);
  });
});
