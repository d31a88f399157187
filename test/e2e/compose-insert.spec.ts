import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { buildEditorSite, EDITORS, type EditorName, type EditorSite } from '../editors/build';
import type {} from '../editors/harness-api';
import type {} from '../editors/insert-hook';
import { CHROMIUM, CHROMIUM_ARGS } from './harness';

// The real editors from npm, each on its own page, with lib/compose/insert.ts added as a script.
const ORIGIN = 'http://editors.test';

// The box's accessible name on each page.
const LABELS: Record<EditorName, string> = {
  draft: 'Draft.js box',
  lexical: 'Lexical box',
  prosemirror: 'ProseMirror box',
  'react-textarea': 'React textarea',
  contenteditable: 'Plain contenteditable box',
};

// Where each rich editor keeps one block per line, to check line breaks became blocks.
const BLOCKS: Partial<Record<EditorName, string>> = {
  draft: '[data-block="true"]',
  lexical: 'p',
  prosemirror: 'p',
};

let browser: Browser;
let site: EditorSite;

test.beforeAll(async () => {
  site = await buildEditorSite();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

test.afterAll(async () => {
  await browser.close();
});

async function openEditor(name: EditorName): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const file = site.files.get(new URL(route.request().url()).pathname);
    await (file ? route.fulfill({ status: 200, contentType: file.contentType, body: file.body }) : route.fulfill({ status: 404 }));
  });
  await loadEditor(page, name);
  return page;
}

async function loadEditor(page: Page, name: EditorName): Promise<void> {
  await page.goto(`${ORIGIN}/${name}.html`);
  await page.waitForFunction(() => window.editorHarness !== undefined);
  await page.addScriptTag({ content: site.insertHook });
}

async function reset(page: Page, name: EditorName, text: string): Promise<void> {
  if (!(await page.evaluate(() => window.editorHarness!.box().isConnected))) await loadEditor(page, name);
  await page.evaluate((t) => window.editorHarness!.reset(t), text);
  await page.getByLabel(LABELS[name], { exact: true }).click();
  await settle(page);
}

/** Lets the editor finish reacting to a click or key (Lexical and Draft.js sync the caret a frame later). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

const state = (page: Page) => page.evaluate(() => window.editorHarness!.text());

/**
 * Selects `from`–`to` (backwards when from > to) within the text node or field value holding
 * `needle`, as a mouse selection would; the editors pick it up from selectionchange.
 */
async function select(page: Page, needle: string, from: number, to: number): Promise<void> {
  await page.evaluate(
    ([text, anchor, focus]) => {
      const box = window.editorHarness!.box();
      if (box instanceof HTMLTextAreaElement) {
        const at = box.value.indexOf(text);
        box.setSelectionRange(at + Math.min(anchor, focus), at + Math.max(anchor, focus), anchor > focus ? 'backward' : 'forward');
        return;
      }
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at >= 0) {
          getSelection()!.setBaseAndExtent(node, at + anchor, node, at + focus);
          return;
        }
      }
      throw new Error(`no text holds ${text}`);
    },
    [needle, from, to] as const,
  );
  await settle(page);
}

const insert = (page: Page, text: string) => page.evaluate((t) => window.carebarCompose!.insertText(window.editorHarness!.box(), t), text);

/** As the extension does: save the caret when the box loses focus, click in Carebar's panel, restore, insert. */
async function insertFromPanel(page: Page, text: string): Promise<boolean> {
  await page.evaluate(() => {
    const box = window.editorHarness!.box();
    box.addEventListener('focusout', () => Object.assign(window, { savedCaret: window.carebarCompose!.saveCaret(box) }), { once: true });
  });
  await page.getByRole('button', { name: 'Use this reply' }).click();
  return page.evaluate(async (t) => {
    const { carebarCompose, editorHarness } = window;
    const { savedCaret } = window as unknown as { savedCaret: ReturnType<NonNullable<typeof carebarCompose>['saveCaret']> };
    if (!savedCaret || !carebarCompose!.restoreCaret(savedCaret)) return false;
    return carebarCompose!.insertText(editorHarness!.box(), t);
  }, text);
}

for (const name of EDITORS) {
  test.describe(`insertText into ${name}`, () => {
    let page: Page;

    test.beforeAll(async () => {
      page = await openEditor(name);
    });

    test.afterAll(async () => {
      await page.close();
    });

    test('an empty box', async () => {
      await reset(page, name, '');
      expect(await insert(page, 'Thanks for reaching out!')).toBe(true);
      expect(await state(page)).toBe('Thanks for reaching out!');
    });

    test('at the caret in the middle of a word, after focus went to the panel', async () => {
      await reset(page, name, 'Hello world');
      await select(page, 'Hello world', 3, 3);
      expect(await insertFromPanel(page, '[x]')).toBe(true);
      expect(await state(page)).toBe('Hel[x]lo world');
    });

    test('over a selection, after focus went to the panel', async () => {
      await reset(page, name, 'Hello world\nSecond line');
      await select(page, 'Second line', 11, 0);
      expect(await insertFromPanel(page, 'Bye')).toBe(true);
      expect(await state(page)).toBe('Hello world\nBye');
    });

    test('several lines stay lines, and one Ctrl+Z takes the whole insertion back', async () => {
      await reset(page, name, 'Hi Ana,');
      await select(page, 'Hi Ana,', 7, 7);
      const lines = '\nThanks for waiting.\n\nWe fixed it.\n— Sam';
      expect(await insert(page, lines)).toBe(true);
      // ProseMirror's own plain-text paste folds a blank line into one paragraph break.
      const expected = name === 'prosemirror' ? 'Hi Ana,\nThanks for waiting.\nWe fixed it.\n— Sam' : `Hi Ana,${lines}`;
      expect(await state(page)).toBe(expected);
      const blocks = BLOCKS[name];
      if (blocks) expect(await page.evaluate((s) => window.editorHarness!.box().querySelectorAll(s).length, blocks)).toBe(expected.split('\n').length);
      await page.keyboard.press('Control+z');
      await expect.poll(() => state(page)).toBe('Hi Ana,');
    });

    test('one Ctrl+Z takes back only the insertion, not what was typed before it', async () => {
      await reset(page, name, 'Hello');
      await select(page, 'Hello', 5, 5);
      await page.keyboard.type(' Ana,');
      // The agent takes a moment to pick a reply: ProseMirror's history groups changes less
      // than 500 ms apart into one undo step, whoever makes them.
      await page.waitForTimeout(600);
      expect(await insertFromPanel(page, ' sorry about that.')).toBe(true);
      expect(await state(page)).toBe('Hello Ana, sorry about that.');
      await page.keyboard.press('Control+z');
      await expect.poll(() => state(page)).toBe('Hello Ana,');
    });

    test('emoji and CJK', async () => {
      await reset(page, name, 'Bon voyage ');
      await select(page, 'Bon voyage', 11, 11);
      expect(await insert(page, '✈️😊 東京')).toBe(true);
      expect(await state(page)).toBe('Bon voyage ✈️😊 東京');
    });

    test('hostile text arrives as literal text and nothing runs', async () => {
      await reset(page, name, '');
      const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script><b>bold</b>';
      expect(await insert(page, hostile)).toBe(true);
      expect(await state(page)).toBe(hostile);
      expect(await page.evaluate(() => window.editorHarness!.box().querySelectorAll('img, script, b').length)).toBe(0);
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
    });

    test('50,000 characters', async () => {
      await reset(page, name, '');
      const long = 'We are sorry for the trouble. '.repeat(1_700).slice(0, 50_000);
      const started = Date.now();
      expect(await insert(page, long)).toBe(true);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await state(page)).toBe(long);
    });

    test('a box removed from the page mid-insert resolves false without an error', async () => {
      await reset(page, name, 'Hello');
      const result = await page.evaluate(() => {
        const box = window.editorHarness!.box();
        // What the network does when the agent closes the composer while Carebar inserts.
        for (const type of ['paste', 'beforeinput', 'input']) {
          window.addEventListener(type, () => box.remove(), { capture: true, once: true });
        }
        return window.carebarCompose!.insertText(box, 'too late');
      });
      expect(result).toBe(false);
      await loadEditor(page, name);
    });
  });
}

test.describe('boxes Carebar never writes into', () => {
  test('password, read-only, disabled, number, checkbox and non-editable elements are refused untouched', async () => {
    const page = await openEditor('react-textarea');
    const results = await page.evaluate(async () => {
      const labels = ['Password', 'Read-only', 'Disabled', 'Number', 'Checkbox', 'Not editable'];
      const out: Record<string, { inserted: boolean; unchanged: boolean }> = {};
      for (const label of labels) {
        const element = document.querySelector<HTMLElement>(`[aria-label="${label}"]`)!;
        const before = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element.textContent;
        const inserted = await window.carebarCompose!.insertText(element, 'secret');
        const after = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : element.textContent;
        out[label] = { inserted, unchanged: before === after };
      }
      return out;
    });
    for (const [label, result] of Object.entries(results)) {
      expect(result, label).toEqual({ inserted: false, unchanged: true });
    }
    await page.close();
  });
});
