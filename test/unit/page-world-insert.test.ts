// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import mainWorld from '../../entrypoints/compose-main-world';
import {
  BOX_ATTRIBUTE,
  INSERT_EVENT,
  INSERTED_EVENT,
  READY_ATTRIBUTE,
  createPageWorldInserter,
  type Inserter,
} from '../../lib/content/page-world-insert';

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

interface Request {
  detail: unknown;
  /** The id on the box while the request was dispatched. */
  markedAs: string | null;
}

/** A script element standing in for the page-world script: records requests, answers as told. */
function fakePageWorld(options: { ready?: boolean } = {}) {
  const script = document.createElement('script');
  if (options.ready ?? true) script.setAttribute(READY_ATTRIBUTE, '');
  document.body.append(script);
  const box = document.createElement('div');
  box.setAttribute('contenteditable', 'true');
  document.body.append(box);
  const requests: Request[] = [];
  script.addEventListener(INSERT_EVENT, (event) => {
    requests.push({ detail: (event as CustomEvent<unknown>).detail, markedAs: box.getAttribute(BOX_ATTRIBUTE) });
  });
  const answer = (detail: unknown) => script.dispatchEvent(new CustomEvent(INSERTED_EVENT, { detail }));
  const idOf = (request: Request | undefined) => (JSON.parse(String(request?.detail)) as { id: string }).id;
  const loadScript = vi.fn(() => Promise.resolve(script));
  const fallback = vi.fn<Inserter>(() => Promise.resolve(true));
  return { script, box, requests, answer, idOf, loadScript, fallback };
}

/** Lets the inserter's await of the script element settle, so its request is out. */
async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** Tracks whether a promise has settled, without awaiting it. */
function watch<T>(promise: Promise<T>): { settled: () => boolean } {
  let done = false;
  void promise.then(() => (done = true));
  return { settled: () => done };
}

describe('the content side of the page-world insertion', () => {
  it('sends the text with a fresh id for the marked box and resolves with the matching answer', async () => {
    const page = fakePageWorld();
    const insert = createPageWorldInserter(page.loadScript, { fallback: page.fallback });

    const first = insert(page.box, 'Sorry about that,\nwe are on it 🙏');
    await flush();
    expect(page.requests).toHaveLength(1);
    const [request] = page.requests;
    expect(typeof request?.detail).toBe('string');
    const sent = JSON.parse(String(request?.detail)) as { id: string; text: string };
    expect(sent.text).toBe('Sorry about that,\nwe are on it 🙏');
    expect(request?.markedAs).toBe(sent.id);
    expect(page.box.hasAttribute(BOX_ATTRIBUTE)).toBe(false);
    page.answer(JSON.stringify({ id: sent.id, ok: true }));
    await expect(first).resolves.toBe(true);

    const second = insert(page.box, 'again');
    await flush();
    const secondId = page.idOf(page.requests[1]);
    expect(secondId).not.toBe(sent.id);
    page.answer(JSON.stringify({ id: secondId, ok: false }));
    await expect(second).resolves.toBe(false);

    expect(page.loadScript).toHaveBeenCalledTimes(1);
    expect(page.fallback).not.toHaveBeenCalled();
  });

  it('ignores answers for other ids and answers it cannot read', async () => {
    const page = fakePageWorld();
    const insert = createPageWorldInserter(page.loadScript, { fallback: page.fallback });
    const result = insert(page.box, 'Thanks for waiting');
    const progress = watch(result);
    await flush();
    const id = page.idOf(page.requests[0]);

    page.answer(JSON.stringify({ id: 'someone-else', ok: true }));
    page.answer('not json');
    page.answer({ id, ok: true });
    page.answer(JSON.stringify({ id, ok: 'yes' }));
    page.answer(JSON.stringify({ id }));
    page.answer(undefined);
    await flush();
    expect(progress.settled()).toBe(false);

    page.answer(JSON.stringify({ id, ok: true }));
    await expect(result).resolves.toBe(true);
  });

  it('gives up after its timeout, and a late answer changes nothing', async () => {
    vi.useFakeTimers();
    const page = fakePageWorld();
    const insert = createPageWorldInserter(page.loadScript, { fallback: page.fallback, timeoutMs: 5_000 });
    const result = insert(page.box, 'Hello');
    const progress = watch(result);
    await flush();
    const id = page.idOf(page.requests[0]);

    await vi.advanceTimersByTimeAsync(4_999);
    expect(progress.settled()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe(false);
    expect(page.box.hasAttribute(BOX_ATTRIBUTE)).toBe(false);
    expect(() => page.answer(JSON.stringify({ id, ok: true }))).not.toThrow();
  });

  it('inserts the content script’s own way when the page-world script did not start, and loads it only once', async () => {
    const page = fakePageWorld({ ready: false });
    const insert = createPageWorldInserter(page.loadScript, { fallback: page.fallback });

    await expect(insert(page.box, 'one')).resolves.toBe(true);
    await expect(insert(page.box, 'two')).resolves.toBe(true);

    expect(page.requests).toHaveLength(0);
    expect(page.fallback.mock.calls).toEqual([[page.box, 'one'], [page.box, 'two']]);
    expect(page.loadScript).toHaveBeenCalledTimes(1);
  });

  it('inserts the content script’s own way when the script cannot be loaded', async () => {
    const page = fakePageWorld();
    const loadScript = vi.fn(() => Promise.reject(new Error('Failed to load script')));
    const insert = createPageWorldInserter(loadScript, { fallback: page.fallback });

    await expect(insert(page.box, 'Hi')).resolves.toBe(true);
    expect(page.fallback).toHaveBeenCalledWith(page.box, 'Hi');
  });
});

describe('the page-world script', () => {
  /** Runs the entrypoint as the page would: with its own element as the current script. */
  function startPageWorld(): HTMLScriptElement {
    // jsdom has no CSS.escape; this covers what can break out of a quoted attribute value.
    vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/["\\]/g, '\\$&') });
    const script = document.createElement('script');
    document.head.append(script);
    Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
    try {
      mainWorld.main();
    } finally {
      Reflect.deleteProperty(document, 'currentScript');
    }
    return script;
  }

  function answers(script: HTMLScriptElement): unknown[] {
    const seen: unknown[] = [];
    script.addEventListener(INSERTED_EVENT, (event) => seen.push((event as CustomEvent<unknown>).detail));
    return seen;
  }

  it('inserts into the marked box and answers on its element', async () => {
    const script = startPageWorld();
    expect(script.hasAttribute(READY_ATTRIBUTE)).toBe(true);
    const field = document.createElement('textarea');
    document.body.append(field);
    const insert = createPageWorldInserter(() => Promise.resolve(script), { fallback: () => Promise.resolve(false) });

    await expect(insert(field, 'We are sorry')).resolves.toBe(true);
    expect(field.value).toBe('We are sorry');
  });

  it('answers false for a box that is not on the page, and ignores what it cannot read', async () => {
    const script = startPageWorld();
    const seen = answers(script);
    const field = document.createElement('textarea');
    document.body.append(field);

    for (const detail of ['{', JSON.stringify({ id: 42, text: 'x' }), JSON.stringify({ id: 'a' }), { id: 'a', text: 'x' }, null]) {
      expect(() => script.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail }))).not.toThrow();
    }
    script.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify({ id: 'nowhere', text: 'x' }) }));
    await vi.waitFor(() => expect(seen).toEqual([JSON.stringify({ id: 'nowhere', ok: false })]));
    expect(field.value).toBe('');
  });
});
