import { browser } from 'wxt/browser';

/** The reply assistant's bundle, built from entrypoints/x-compose.ts. */
const ASSISTANT_SCRIPT = '/x-compose.js';

/**
 * Runs the reply assistant in one frame of a tab, in the content scripts' isolated world. It is
 * loaded on first use rather than with the page: most page views never open a reply box, and its
 * tone checker and X's length rules would more than double the content script.
 */
export async function loadAssistant(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ASSISTANT_SCRIPT] });
}
