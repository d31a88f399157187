// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { restoreCaret, saveCaret } from '../../lib/compose/caret';
import { pointAtOffset, readSelection, readText } from '../../lib/compose/strategies/read-back';

afterEach(() => {
  document.body.replaceChildren();
});

function host(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.innerHTML = markup;
  document.body.append(element);
  return element;
}

// The markup each editor renders for the lines "Hi Ana," / "" / "Thanks".
const EDITOR_MARKUP: Record<string, string> = {
  'Draft.js': [
    '<div data-contents="true">',
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Hi Ana,</span></span></div></div>',
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><br data-text="true"></span></div></div>',
    '<div data-block="true"><div class="public-DraftStyleDefault-block"><span><span data-text="true">Thanks</span></span></div></div>',
    '</div>',
  ].join(''),
  Lexical: '<p dir="ltr"><span data-lexical-text="true">Hi Ana,</span></p><p><br></p><p dir="ltr"><span data-lexical-text="true">Thanks</span></p>',
  ProseMirror: '<p>Hi Ana,</p><p><br class="ProseMirror-trailingBreak"></p><p>Thanks</p>',
  'Chromium contenteditable': 'Hi Ana,<div><br></div><div>Thanks</div>',
};

describe('reading a rich box back as text', () => {
  it.each(Object.entries(EDITOR_MARKUP))('reads %s markup as its lines, an empty block as an empty line', (_editor, markup) => {
    expect(readText(host(markup)).text).toBe('Hi Ana,\n\nThanks');
  });

  it('counts a <br> inside a block as a line break, but not the placeholder <br> that ends it', () => {
    expect(readText(host('<p>a<br>b</p><p>c<br><br></p>')).text).toBe('a\nb\nc\n');
  });

  it('reads no-break spaces as spaces and skips what is not text', () => {
    expect(readText(host('<p>a\u00a0 b<span contenteditable="false">@mention card</span><style>p{}</style></p>')).text).toBe('a  b');
  });

  it('maps selection points to offsets, also points between elements and on empty lines', () => {
    const root = host(EDITOR_MARKUP.ProseMirror!);
    const [first, empty, last] = [...root.children];
    const { offsets } = readText(root, [
      { node: first!.firstChild!, offset: 3 },
      { node: empty!, offset: 0 },
      { node: last!.firstChild!, offset: 6 },
      { node: root, offset: 0 },
      { node: root, offset: 3 },
    ]);
    expect(offsets).toEqual([3, 8, 15, 0, 15]);
  });

  it('maps every offset back to a point that reads as the same offset', () => {
    for (const markup of Object.values(EDITOR_MARKUP)) {
      const root = host(markup);
      for (let offset = 0; offset <= 15; offset += 1) {
        expect(readText(root, [pointAtOffset(root, offset)]).offsets).toEqual([offset]);
      }
      root.remove();
    }
  });

  it('reads the selection and its direction', () => {
    const root = host('<p>Hello world</p>');
    const text = root.firstChild!.firstChild!;
    document.getSelection()!.setBaseAndExtent(text, 11, text, 6);
    expect(readSelection(root)).toEqual({ text: 'Hello world', start: 6, end: 11, backward: true });
    document.getSelection()!.collapse(document.body, 0);
    expect(readSelection(root)).toBeNull();
  });
});

describe('saving and restoring the caret around a visit to the panel', () => {
  it('puts a rich box caret back by its text offsets even after the editor re-rendered its nodes', () => {
    const root = host('<p>Hello world</p><p>Second line</p>');
    const second = root.children[1]!.firstChild!;
    document.getSelection()!.setBaseAndExtent(second, 11, second, 0);
    const saved = saveCaret(root)!;
    document.getSelection()!.collapse(document.body, 0);
    root.innerHTML = '<p><span>Hello world</span></p><p><span>Second line</span></p>';
    expect(restoreCaret(saved)).toBe(true);
    expect(readSelection(root)).toEqual({ text: 'Hello world\nSecond line', start: 12, end: 23, backward: true });
  });

  it('puts a field selection back, clamped to what the value is now', () => {
    const field = document.createElement('textarea');
    field.value = 'Hello world';
    document.body.append(field);
    field.setSelectionRange(3, 8, 'backward');
    const saved = saveCaret(field)!;
    field.setSelectionRange(0, 0);
    field.value = 'Hello';
    expect(restoreCaret(saved)).toBe(true);
    expect([field.selectionStart, field.selectionEnd, field.selectionDirection]).toEqual([3, 5, 'backward']);
  });

  it('saves nothing for a refused box or one without the caret, and restores nothing into a box that left', () => {
    const password = document.createElement('input');
    password.type = 'password';
    document.body.append(password);
    expect(saveCaret(password)).toBeNull();
    const root = host('<p>x</p>');
    document.getSelection()!.collapse(document.body, 0);
    expect(saveCaret(root)).toBeNull();
    document.getSelection()!.collapse(root.firstChild!.firstChild, 1);
    const saved = saveCaret(root)!;
    root.remove();
    expect(restoreCaret(saved)).toBe(false);
  });
});
