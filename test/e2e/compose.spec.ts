import type { Page } from '@playwright/test';
import { expect, readExtensionStorage, serveX, test, watchErrors } from './harness';

const REPLY_PATH = '/compose/post';
const POST_PATH = '/dtorres_88/status/1991894734599094274';

function assistant(page: Page) {
  return page.getByRole('dialog', { name: 'Reply assistant' });
}

/** The reply dialog's box (the page behind it has Home's box too). */
function replyBox(page: Page) {
  return page.getByRole('dialog', { name: 'Reply', exact: true }).getByRole('textbox', { name: 'Post text' });
}

function boxText(page: Page) {
  return replyBox(page).evaluate((box) => Array.from(box.querySelectorAll('[data-block="true"]'), (block) => block.textContent).join('\n'));
}

/** Counts presses of every send button on the page, so a test can prove none happened. */
async function countSendPresses(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    (window as unknown as { sendPresses: number }).sendPresses = 0;
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-testid^="tweetButton"]')) (window as unknown as { sendPresses: number }).sendPresses += 1;
    }, true);
  });
  return () => page.evaluate(() => (window as unknown as { sendPresses: number }).sendPresses);
}

test('the reply assistant suggests, inserts, checks tone and fixes in the reply dialog', async ({ context, page }) => {
  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  const errors = watchErrors(page);
  await page.goto(`https://x.com${REPLY_PATH}`);
  const sendPresses = await countSendPresses(page);

  await replyBox(page).click();
  const panel = assistant(page);
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Replying to Marcus Lee (@marcus_lee)');
  const suggestions = panel.getByRole('listbox', { name: 'Suggested replies' });
  // Filled for Marcus; the first suggestions are about his lost bag or a complaint.
  await expect(suggestions.getByRole('option').first()).toContainText('Marcus');
  await expect(suggestions).not.toContainText('{name}');

  // The panel sits below the box and its Reply button, never over them.
  const panelBox = (await panel.boundingBox())!;
  const textBox = (await replyBox(page).boundingBox())!;
  const send = (await page.getByTestId('tweetButton').boundingBox())!;
  expect(panelBox.y).toBeGreaterThanOrEqual(Math.max(textBox.y + textBox.height, send.y + send.height));

  // Search, then Enter inserts the active suggestion at the caret.
  await page.keyboard.press('Alt+Shift+R');
  const search = panel.getByRole('combobox', { name: 'Search replies' });
  await expect(search).toBeFocused();
  await search.fill('concerns comm');
  await expect(suggestions.getByRole('option')).toHaveCount(1);
  await expect(suggestions.getByRole('option').first()).toContainText('Point them to help');
  await expect(suggestions.locator('mark')).toHaveText('[link]');
  await search.press('Enter');
  await expect.poll(() => boxText(page)).toBe('We hear your concerns and are committed to helping you find what you need: [link]');
  await expect(panel.getByRole('status')).toContainText('Inserted "Point them to help"');
  await expect(panel.getByRole('button', { name: 'Select [link] in the reply' })).toBeVisible();
  await expect(replyBox(page)).toBeFocused();

  // Typing with the editor: findings follow, and Fix changes the box.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('Obviously you should have checked the tag!!! Sorry about the bag.');
  const findings = panel.getByRole('list', { name: 'Tone findings' });
  await expect(findings).toContainText("'Obviously' can sound condescending");
  await expect(findings).toContainText('exclamation marks');
  await findings.getByRole('button', { name: "Replace '!!!' with '!'" }).click();
  await expect.poll(() => boxText(page)).toBe('Obviously you should have checked the tag! Sorry about the bag.');
  await findings.getByRole('button', { name: /^Replace 'Obviously you' with/ }).click();
  await expect.poll(() => boxText(page)).toBe('You should have checked the tag! Sorry about the bag.');
  await expect(findings).not.toContainText('Obviously');
  await expect(panel).toContainText('/ 280');

  // Escape closes the panel and gives the box its focus back.
  await panel.getByRole('combobox', { name: 'Search replies' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(replyBox(page)).toBeFocused();
  // Focus returning to the box does not bring the panel back; the shortcut does.
  await page.keyboard.press('Alt+Shift+R');
  await expect(panel.getByRole('combobox', { name: 'Search replies' })).toBeFocused();

  expect(await sendPresses()).toBe(0);
  expect(errors).toEqual([]);
});

test('the inline reply box on a status page answers the opened post; Home has no post to answer', async ({ context, page }) => {
  await serveX(context, { [POST_PATH]: 'post-page.html', '/home': 'home-timeline.html' });
  await page.goto(`https://x.com${POST_PATH}`);
  await page.getByRole('textbox', { name: 'Post text' }).click();
  await expect(assistant(page)).toContainText('Replying to Daniel Torres (@dtorres_88)');
  await expect(assistant(page).getByRole('option').first()).toContainText('Daniel');

  await page.goto('https://x.com/home');
  await page.getByRole('textbox', { name: 'Post text' }).click();
  await expect(assistant(page)).toContainText('New post');
});

test('a box that goes away takes the panel with it, and a template is inserted as text only', async ({ context, page, worker }) => {
  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  await worker.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('carebar');
    open.onerror = () => reject(open.error ?? new Error('open failed'));
    open.onsuccess = () => {
      const tx = open.result.transaction('boilerplate', 'readwrite');
      tx.objectStore('boilerplate').put({
        id: 'hostile-1',
        title: 'Hostile <b>title</b>',
        body: '<img src=x onerror="window.pwned=1">Hi {nmae}, see {link',
        tags: ['hostile'],
        codes: [],
        categories: [],
        networks: [],
        updatedAt: 1,
      });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('write failed'));
    };
  }));
  const errors = watchErrors(page);
  await page.goto(`https://x.com${REPLY_PATH}`);
  await replyBox(page).click();
  const panel = assistant(page);
  const option = panel.getByRole('option').first();
  await expect(option).toContainText('Hostile <b>title</b>');
  await expect(option).toContainText('Unknown placeholder {nmae}');
  await option.click();
  await expect.poll(() => boxText(page)).toBe('<img src=x onerror="window.pwned=1">Hi {nmae}, see {link');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

  await page.getByTestId('app-bar-close').evaluate((button) => button.closest('[role="dialog"]')?.remove());
  await expect(panel).toBeHidden();
  expect(errors).toEqual([]);
});

test('a 50,000-character paste still gets findings without stalling the page', async ({ context, page }) => {
  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  await page.goto(`https://x.com${REPLY_PATH}`);
  await replyBox(page).click();
  const long = 'OBVIOUSLY this is a long complaint reply!!! '.repeat(1_200).slice(0, 50_000);
  await replyBox(page).evaluate((box, text) => {
    const line = box.querySelector('[data-text="true"]')?.parentElement;
    if (line) line.textContent = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, long);
  const panel = assistant(page);
  await expect(panel).toContainText('Checked the first 5,000 characters.');
  await expect(panel.getByRole('list', { name: 'Tone findings' })).toContainText('exclamation');
  await expect(panel).toContainText('over the limit');
  const frameGap = await page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
  }));
  expect(frameGap).toBeLessThan(200);
});

test('a box that refuses the text gets the reply on the clipboard, and the panel says so', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://x.com' });
  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  await page.goto(`https://x.com${REPLY_PATH}`);
  await replyBox(page).click();
  // A box the site marks read-only is never written to.
  await replyBox(page).evaluate((box) => box.setAttribute('aria-readonly', 'true'));
  const panel = assistant(page);
  await panel.getByRole('option').first().click();
  await expect(panel.getByRole('status')).toHaveText("The reply box didn't take the text, so it is on the clipboard: paste it into the box.");
  expect(await boxText(page)).toBe('');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Marcus');
});

test('the name set on the options page signs the suggested replies', async ({ context, page, worker }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  await options.getByRole('textbox', { name: 'Your name' }).fill('Sam');
  await options.getByRole('button', { name: 'Save name' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Replies will be signed Sam.' })).toBeVisible();
  expect(await readExtensionStorage(worker, 'agentName')).toBe('Sam');
  await options.close();

  await serveX(context, { [REPLY_PATH]: 'reply-box.html' });
  await page.goto(`https://x.com${REPLY_PATH}`);
  await replyBox(page).click();
  await expect(assistant(page).getByRole('listbox', { name: 'Suggested replies' })).toContainText('^Sam');
  await expect(assistant(page).getByRole('listbox', { name: 'Suggested replies' })).not.toContainText('[agent]');
});
