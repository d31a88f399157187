// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertText } from '../../lib/compose/insert';

// jsdom has neither DataTransfer nor a ClipboardEvent that carries one, nor execCommand: here
// the paste strategy runs only where the test supplies both, and the last strategy never runs.
class PlainTransfer {
  private readonly data = new Map<string, string>();
  setData(type: string, value: string): void {
    this.data.set(type, value);
  }
  getData(type: string): string {
    return this.data.get(type) ?? '';
  }
}

class PasteEvent extends Event {
  readonly clipboardData: PlainTransfer | null;
  constructor(type: string, init: EventInit & { clipboardData?: PlainTransfer | null }) {
    super(type, init);
    this.clipboardData = init.clipboardData ?? null;
  }
}

function allowPaste(): void {
  vi.stubGlobal('DataTransfer', PlainTransfer);
  vi.stubGlobal('ClipboardEvent', PasteEvent);
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** A one-paragraph editor stand-in whose handlers the tests write. */
function box(text: string): HTMLElement {
  const element = document.createElement('div');
  element.setAttribute('contenteditable', 'true');
  element.textContent = text;
  document.body.append(element);
  return element;
}

function select(element: HTMLElement, start: number, end = start): void {
  const node = element.firstChild ?? element;
  document.getSelection()!.setBaseAndExtent(node, start, node, end);
}

/** What an editor does with an insertion it accepts: splice at its selection, caret after. */
function splice(element: HTMLElement, text: string): void {
  const range = document.getSelection()!.getRangeAt(0);
  const current = element.textContent;
  element.textContent = current.slice(0, range.startOffset) + text + current.slice(range.endOffset);
  select(element, range.startOffset + text.length);
}

function pastedText(event: Event): string {
  return event instanceof PasteEvent ? (event.clipboardData?.getData('text/plain') ?? '') : '';
}

describe('insertText into a rich box, strategy by strategy', () => {
  it('uses a paste event when the editor takes it, and tries nothing else', async () => {
    allowPaste();
    const element = box('Hello world');
    select(element, 6, 11);
    const seen: string[] = [];
    element.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
      splice(element, pastedText(event));
    });
    element.addEventListener('beforeinput', () => seen.push('beforeinput'));
    expect(await insertText(element, 'there')).toBe(true);
    expect(element.textContent).toBe('Hello there');
    expect(seen).toEqual(['paste']);
  });

  it('falls to beforeinput insertText when paste is not possible here', async () => {
    const element = box('Hi');
    select(element, 2);
    element.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      splice(element, (event).data ?? '');
    });
    expect(await insertText(element, ' Ana')).toBe(true);
    expect(element.textContent).toBe('Hi Ana');
  });

  it('moves on when an editor ignores the paste event', async () => {
    allowPaste();
    const element = box('Hi');
    select(element, 2);
    const seen: string[] = [];
    element.addEventListener('paste', () => seen.push('paste'));
    element.addEventListener('beforeinput', (event) => {
      seen.push((event).inputType);
      event.preventDefault();
      splice(element, (event).data ?? '');
    });
    expect(await insertText(element, ' Ana')).toBe(true);
    expect(seen).toEqual(['paste', 'insertText']);
  });

  it('undoes a paste that came out wrong, then tries the next way, so the text is never doubled', async () => {
    allowPaste();
    const element = box('Hi');
    select(element, 2);
    const seen: string[] = [];
    let beforePaste = '';
    element.addEventListener('paste', (event) => {
      seen.push('paste');
      event.preventDefault();
      beforePaste = element.textContent;
      splice(element, pastedText(event) + pastedText(event));
    });
    element.addEventListener('keydown', (event) => {
      if (event.key === 'z' && (event.ctrlKey || event.metaKey)) {
        seen.push('undo');
        event.preventDefault();
        element.textContent = beforePaste;
        select(element, 2);
      }
    });
    element.addEventListener('beforeinput', (event) => {
      seen.push('beforeinput');
      event.preventDefault();
      splice(element, (event).data ?? '');
    });
    expect(await insertText(element, ' Ana')).toBe(true);
    expect(element.textContent).toBe('Hi Ana');
    expect(seen).toEqual(['paste', 'undo', 'beforeinput']);
  });

  it('stops with false when a wrong change cannot be undone, trying nothing more', async () => {
    allowPaste();
    const element = box('Hi');
    select(element, 2);
    const seen: string[] = [];
    element.addEventListener('paste', (event) => {
      event.preventDefault();
      splice(element, pastedText(event).toUpperCase());
    });
    element.addEventListener('beforeinput', () => seen.push('beforeinput'));
    expect(await insertText(element, ' ana')).toBe(false);
    expect(element.textContent).toBe('Hi ANA');
    expect(seen).toEqual([]);
  });

  it('stops with false when an editor takes the paste and shows nothing, rather than risk inserting twice', async () => {
    allowPaste();
    const element = box('Hi');
    select(element, 2);
    const seen: string[] = [];
    element.addEventListener('paste', (event) => event.preventDefault());
    element.addEventListener('beforeinput', () => seen.push('beforeinput'));
    expect(await insertText(element, ' Ana')).toBe(false);
    expect(element.textContent).toBe('Hi');
    expect(seen).toEqual([]);
  });

  it('resolves false, box untouched, when no way in works', async () => {
    allowPaste();
    const element = box('Hi');
    select(element, 2);
    expect(await insertText(element, ' Ana')).toBe(false);
    expect(element.textContent).toBe('Hi');
  });

  it('resolves false without throwing when the box leaves the page mid-insert', async () => {
    allowPaste();
    const element = box('Hi');
    select(element, 2);
    element.addEventListener('paste', (event) => {
      event.preventDefault();
      splice(element, pastedText(event));
      element.remove();
    });
    await expect(insertText(element, ' Ana')).resolves.toBe(false);
  });

  it('inserts at the end when the caret is not in the box', async () => {
    const element = box('Hi');
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    document.body.append(other);
    document.getSelection()!.collapse(other.firstChild, 3);
    element.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      splice(element, (event).data ?? '');
    });
    expect(await insertText(element, '!')).toBe(true);
    expect(element.textContent).toBe('Hi!');
  });

  it('sends text only, never HTML, in whatever it dispatches', async () => {
    allowPaste();
    const element = box('');
    select(element, 0);
    const types: string[][] = [];
    element.addEventListener('paste', (event) => {
      if (!(event instanceof PasteEvent) || !event.clipboardData) throw new Error('a paste without data');
      const transfer = event.clipboardData;
      types.push(['text/plain', 'text/html'].filter((type) => transfer.getData(type) !== ''));
      event.preventDefault();
      splice(element, transfer.getData('text/plain'));
    });
    const hostile = '<img src=x onerror=alert(1)>';
    expect(await insertText(element, hostile)).toBe(true);
    expect(types).toEqual([['text/plain']]);
    expect(element.textContent).toBe(hostile);
    expect(element.querySelector('img')).toBeNull();
  });
});
