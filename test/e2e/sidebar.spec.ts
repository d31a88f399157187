import { expect, fixtureHtml, postList, readExtensionStorage, serveX, sidebar, test, watchErrors, writeExtensionStorage } from './harness';
import { expectListToMatchScreen, idsListed } from './page-helpers';

const HOME = 'https://x.com/home';

test.describe('sidebar on X', () => {
  test('lists the posts on screen, in page order, and follows scrolling', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    const errors = watchErrors(page);
    await page.goto(HOME);

    await expect(sidebar(page)).toBeVisible();
    const list = postList(page);
    await expect(list.getByRole('listitem').first()).toBeVisible();
    await expectListToMatchScreen(page);

    const first = list.getByRole('listitem').first();
    await expect(first).toContainText('@');

    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 1500);
    await expectListToMatchScreen(page);
    expect(errors).toEqual([]);
  });

  test('clicking an entry scrolls the page to that post and highlights it', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    await page.goto(HOME);
    await page.setViewportSize({ width: 1280, height: 500 });
    const entries = postList(page).getByRole('button');
    await expect(entries.last()).toBeVisible();
    const target = (await entries.last().getAttribute('data-post-id')) ?? '';
    await entries.last().click();

    const article = page.locator(`article[data-testid="tweet"]:has(a[href$="/status/${target}"])`);
    await expect(article).toBeInViewport({ ratio: 0.5 });
    expect(await article.evaluate((el) => el.getAnimations().length)).toBeGreaterThan(0);
  });

  test('picks up posts X loads as the agent scrolls (infinite loading)', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    await page.goto(HOME);
    await expect(postList(page).getByRole('listitem').first()).toBeVisible();

    // Append a copy of the first row with a new status id, as X does when it loads more.
    await page.evaluate(() => {
      const row = document.querySelector('[data-testid="cellInnerDiv"]');
      if (!row?.parentElement) throw new Error('no timeline row');
      const copy = row.cloneNode(true) as HTMLElement;
      for (const a of copy.querySelectorAll('a[href*="/status/"]')) {
        a.setAttribute('href', (a.getAttribute('href') ?? '').replace(/\/status\/\d+/, '/status/1999999999999999999'));
      }
      row.parentElement.appendChild(copy);
      copy.scrollIntoView({ block: 'center' });
    });
    await expect.poll(() => idsListed(page)).toContain('1999999999999999999');
  });

  test('follows navigation inside X without a page load', async ({ context, page }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    await page.goto(HOME);
    await expect(postList(page).getByRole('listitem').first()).toBeVisible();
    const before = await idsListed(page);

    const mentions = fixtureHtml('notifications.html');
    await page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      const column = document.querySelector('[data-testid="primaryColumn"]');
      const replacement = next.querySelector('[data-testid="primaryColumn"]');
      if (!column || !replacement) throw new Error('no primary column');
      history.pushState({}, '', '/notifications/mentions');
      column.replaceWith(document.importNode(replacement, true));
      window.scrollTo(0, 0);
    }, mentions);

    await expectListToMatchScreen(page);
    expect(await idsListed(page)).not.toEqual(before);
  });

  test('the sidebar’s shown or hidden state is remembered across pages', async ({ context, page, worker }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    await page.goto(HOME);
    await expect(sidebar(page)).toBeVisible();

    await sidebar(page).getByRole('button', { name: 'Close Carebar' }).click();
    await expect(sidebar(page)).toHaveCount(0);
    await page.reload();
    await expect(page.locator('article[data-testid="tweet"]').first()).toBeVisible();
    // Give the content script time to have mounted, had the choice been forgotten.
    await page.waitForTimeout(500);
    await expect(sidebar(page)).toHaveCount(0);

    // The popup's toggle and the background's shortcut both write this pref.
    expect(await readExtensionStorage(worker, 'prefs')).toEqual({ sidebarOpen: false });
    await writeExtensionStorage(worker, { prefs: { sidebarOpen: true } });
    await expect(sidebar(page)).toBeVisible();
  });

  test('follows X’s dark theme, and a switch of theme while open', async ({ context, page }) => {
    await serveX(context, { '/notifications/mentions': 'notifications.html', '/home': 'home-timeline.html' });
    await page.goto('https://x.com/notifications/mentions');
    await expect(sidebar(page)).toHaveAttribute('data-theme', 'dark');
    await page.goto(HOME);
    await expect(sidebar(page)).toHaveAttribute('data-theme', 'light');
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = 'dark';
      document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    });
    await expect(sidebar(page)).toHaveAttribute('data-theme', 'dark');
  });

  test('says plainly when it recognises nothing, and the page keeps working', async ({ context, page }) => {
    await serveX(context, { '/home': 'unrecognised.html', '/settings/account': 'unrecognised.html' });
    const errors = watchErrors(page);
    await page.goto(HOME);
    await expect(sidebar(page).getByRole('status')).toContainText('No posts recognised on this page');
    await page.goto('https://x.com/settings/account');
    await expect(sidebar(page).getByRole('status')).toContainText('Carebar does not read this page');
    expect(errors).toEqual([]);
  });

  test('keeps a log of the posts it has seen in the extension’s database', async ({ context, page, worker }) => {
    await serveX(context, { '/home': 'home-timeline.html' });
    await page.goto(HOME);
    await expect(postList(page).getByRole('listitem').first()).toBeVisible();
    const listed = await idsListed(page);
    const seenIds = () =>
      worker.evaluate(async () => {
        // Opening a database that does not exist yet would create it empty and block the
        // extension's own upgrade: wait until the background has made it.
        if (!(await indexedDB.databases()).some((d) => d.name === 'carebar')) return [];
        return new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('carebar');
          open.onerror = () => reject(open.error ?? new Error('cannot open'));
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('seenPosts').objectStore('seenPosts').getAll();
            request.onsuccess = () => resolve((request.result as { postId: string }[]).map((row) => row.postId));
            request.onerror = () => reject(request.error ?? new Error('cannot read'));
            db.close();
          };
        });
      });
    await expect.poll(seenIds, { timeout: 15_000 }).toEqual(expect.arrayContaining(listed));
  });
});
