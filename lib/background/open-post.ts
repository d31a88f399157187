import { browser } from 'wxt/browser';

/**
 * Brings the agent to a post: the tab already showing it if there is one (its window raised),
 * a new tab otherwise.
 */
export async function openPost(url: string): Promise<void> {
  const target = new URL(url);
  // The content scripts' hosts are the extension's, so their tabs' addresses can be matched.
  const tabs = await browser.tabs.query({ url: `${target.origin}${target.pathname}*` });
  const tab = tabs.find((t) => t.id !== undefined);
  if (tab?.id === undefined) {
    const created = await browser.tabs.create({ url, active: true });
    await browser.windows.update(created.windowId, { focused: true });
    return;
  }
  await browser.tabs.update(tab.id, { active: true });
  await browser.windows.update(tab.windowId, { focused: true });
}
