// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadAssistantOnFocus } from '../../lib/content/compose-loader';

/** The one part of WXT's context the loader uses: listeners, here plain ones. */
const ctx = {
  addEventListener: (target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
} as Parameters<typeof loadAssistantOnFocus>[0];
const site = { composeBoxOf: (node: Node) => (node instanceof HTMLElement && node.getAttribute('contenteditable') === 'true' ? node : null) };

function page(): { box: HTMLElement; other: HTMLInputElement } {
  document.body.innerHTML = '<div contenteditable="true" tabindex="0">reply</div><input aria-label="Search">';
  return { box: document.querySelector('[contenteditable]') as HTMLElement, other: document.querySelector('input') as HTMLInputElement };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('loading the reply assistant', () => {
  it('asks once, when focus first enters a compose box', async () => {
    const { box, other } = page();
    const load = vi.fn(() => Promise.resolve());
    loadAssistantOnFocus(ctx, site, load);
    other.focus();
    expect(load).not.toHaveBeenCalled();
    box.focus();
    other.focus();
    box.focus();
    await Promise.resolve();
    expect(load).toHaveBeenCalledOnce();
  });

  it('asks at once when a compose box already has focus', () => {
    const { box } = page();
    box.focus();
    const load = vi.fn(() => Promise.resolve());
    loadAssistantOnFocus(ctx, site, load);
    expect(load).toHaveBeenCalledOnce();
  });

  it('asks again at the next focus after a failed load', async () => {
    const { box, other } = page();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(new Error('tab closed')).mockResolvedValue(undefined);
    loadAssistantOnFocus(ctx, site, load);
    box.focus();
    await vi.waitFor(() => expect(console.warn).toHaveBeenCalledOnce());
    other.focus();
    box.focus();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
