import { expect, type Page } from '@playwright/test';

/**
 * What a person sees: the status ids of the X posts inside the viewport, top to bottom. Read
 * straight from the page, independently of the extension's adapter.
 */
export function idsOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    for (const article of document.querySelectorAll('article[data-testid="tweet"]')) {
      const rect = article.getBoundingClientRect();
      if (rect.bottom <= 0 || rect.top >= window.innerHeight || rect.height === 0) continue;
      // The permalink wraps the time; an ad shows no time, so its first status link stands in.
      const link = article.querySelector('a[href*="/status/"] time')?.closest('a') ?? article.querySelector('a[href*="/status/"]');
      const href = link?.getAttribute('href') ?? '';
      const id = /\/status\/(\d+)/.exec(href)?.[1];
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  });
}

/** The status ids the sidebar lists, from the permalinks it was built from (its entries' order). */
export async function idsListed(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('carebar-sidebar');
    const entries = host?.shadowRoot?.querySelectorAll<HTMLElement>('[data-post-id]') ?? [];
    return [...entries].map((el) => el.dataset.postId ?? '');
  });
}

/**
 * Waits until the sidebar lists exactly the posts on screen, reading both afresh each time,
 * since scrolling and the sidebar both settle asynchronously.
 */
export async function expectListToMatchScreen(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const [listed, onScreen] = [await idsListed(page), await idsOnScreen(page)];
      return listed.join() === onScreen.join() ? 'match' : `listed [${listed.join()}], on screen [${onScreen.join()}]`;
    })
    .toBe('match');
}
