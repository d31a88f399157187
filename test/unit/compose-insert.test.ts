// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editTargetOf, normaliseText } from '../../lib/compose/editable';
import { insertText } from '../../lib/compose/insert';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.firstElementChild as HTMLElement;
}

describe('which boxes Carebar may write into', () => {
  it.each([
    ['<textarea></textarea>', 'field'],
    ['<input>', 'field'],
    ['<input type="text">', 'field'],
    ['<input type="search">', 'field'],
    ['<input type="url">', 'field'],
    ['<input type="tel">', 'field'],
    ['<div contenteditable="true"></div>', 'rich'],
    ['<div contenteditable=""></div>', 'rich'],
    ['<div contenteditable="plaintext-only"></div>', 'rich'],
  ])('%s is a %s', (markup, kind) => {
    expect(editTargetOf(html(markup))?.kind).toBe(kind);
  });

  it.each([
    '<input type="password">',
    '<input type="email">',
    '<input type="number">',
    '<input type="checkbox">',
    '<input type="hidden">',
    '<input readonly>',
    '<input disabled>',
    '<textarea readonly></textarea>',
    '<textarea disabled></textarea>',
    '<div></div>',
    '<div contenteditable="false"></div>',
    '<div contenteditable="true" aria-readonly="true"></div>',
    '<div contenteditable="true" aria-disabled="true"></div>',
    '<div inert><div contenteditable="true"></div></div>',
  ])('%s is refused', (markup) => {
    const element = html(markup);
    const target = element.querySelector<HTMLElement>('[contenteditable]') ?? element;
    expect(editTargetOf(target)).toBeNull();
  });

  it('finds the editor host from a node deep inside it, and not inside a non-editable island', () => {
    const host = html('<div contenteditable="true"><p><span id="in">x</span></p><div contenteditable="false"><b id="island">y</b></div></div>');
    expect(editTargetOf(host.querySelector('#in')!)).toEqual({ kind: 'rich', root: host });
    expect(editTargetOf(host.querySelector('#island')!)).toBeNull();
  });

  it('keeps line breaks for multi-line boxes and turns them into spaces for single-line inputs', () => {
    expect(normaliseText('a\r\nb\rc\nd', false)).toBe('a\nb\nc\nd');
    expect(normaliseText('Hi,\n\nThanks  \n for waiting', true)).toBe('Hi, Thanks for waiting');
  });
});

describe('insertText into fields without the browser insertText command', () => {
  it('inserts at the caret, replacing the selection, moves the caret after it, and announces an input event', async () => {
    const field = html('<textarea>Hello world</textarea>') as HTMLTextAreaElement;
    field.setSelectionRange(6, 11);
    const inputs: { inputType: string; data: string | null }[] = [];
    field.addEventListener('input', (event) => inputs.push({ inputType: (event as InputEvent).inputType, data: (event as InputEvent).data }));
    expect(await insertText(field, 'there\nfriend')).toBe(true);
    expect(field.value).toBe('Hello there\nfriend');
    expect(field.selectionStart).toBe(18);
    expect(inputs).toEqual([{ inputType: 'insertFromPaste', data: 'there\nfriend' }]);
  });

  it('writes past a framework that tracks the value on the element (as React does), so its change handler sees the new value', async () => {
    const field = html('<input value="Hi">') as HTMLInputElement;
    // React replaces the instance's value property to remember what it last rendered.
    let tracked = 'Hi';
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    Object.defineProperty(field, 'value', {
      configurable: true,
      get: () => native.get!.call(field) as string,
      set: (next: string) => {
        tracked = next;
        native.set!.call(field, next);
      },
    });
    const seen: string[] = [];
    field.addEventListener('input', () => {
      if (field.value !== tracked) seen.push(field.value);
    });
    field.setSelectionRange(2, 2);
    expect(await insertText(field, ' Ana,\nthanks')).toBe(true);
    expect(seen).toEqual(['Hi Ana, thanks']);
  });

  it('reports false and leaves the value when the page puts its own value back', async () => {
    const field = html('<textarea>fixed</textarea>') as HTMLTextAreaElement;
    field.addEventListener('input', () => {
      queueMicrotask(() => (field.value = 'fixed'));
    });
    expect(await insertText(field, 'more')).toBe(false);
    expect(field.value).toBe('fixed');
  });

  it('refuses a password field without touching it', async () => {
    const field = html('<input type="password" value="hunter2">') as HTMLInputElement;
    const events: string[] = [];
    for (const type of ['focus', 'input', 'beforeinput']) field.addEventListener(type, () => events.push(type));
    expect(await insertText(field, 'secret')).toBe(false);
    expect(field.value).toBe('hunter2');
    expect(events).toEqual([]);
  });

  it('resolves false for a box that is no longer in the page', async () => {
    const field = document.createElement('textarea');
    expect(await insertText(field, 'x')).toBe(false);
  });
});
