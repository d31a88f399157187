// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixLabel } from '../../components/compose/findings';
import { markersToFill } from '../../components/compose/markers';
import { ProfilePanel } from '../../components/options/ProfilePanel';
import { withNonEmptyReplacement } from '../../lib/compose/edit-span';
import { around, PANEL_MAX_HEIGHT, placePanel } from '../../lib/content/compose-position';
import { ComposeContextSource } from '../../lib/content/compose-context';
import { defaultPolicy } from '../../lib/classify/policy';
import { STARTER_LIBRARY } from '../../lib/boilerplate/starter-library';

afterEach(cleanup);

describe('placePanel', () => {
  const viewport = { width: 1280, height: 900 };

  it('goes below the box and its send button, as wide as the box within limits', () => {
    const anchor = around([{ top: 170, bottom: 200, left: 350, right: 930 }, { top: 205, bottom: 235, left: 880, right: 940 }]);
    expect(placePanel(anchor, viewport)).toEqual({ side: 'below', edge: 243, left: 350, width: 520, maxHeight: PANEL_MAX_HEIGHT });
  });

  it('goes above a box near the bottom, measured from the bottom so it never covers the box', () => {
    const placement = placePanel({ top: 700, bottom: 760, left: 20, right: 200 }, viewport);
    expect(placement).toMatchObject({ side: 'above', edge: 900 - 700 + 8, left: 20, width: 340 });
    expect(placement.maxHeight).toBeLessThanOrEqual(700 - 16);
  });

  it('stays inside a narrow viewport', () => {
    const placement = placePanel({ top: 10, bottom: 40, left: 250, right: 300 }, { width: 320, height: 600 });
    expect(placement.left).toBe(8);
    expect(placement.width).toBe(304);
  });
});

describe('withNonEmptyReplacement', () => {
  it('turns a deletion into replacing the character before with itself', () => {
    expect(withNonEmptyReplacement('so just do it', { start: 3, end: 8, replacement: '' })).toEqual({ start: 2, end: 8, replacement: ' ' });
  });

  it('keeps an emoji before the deletion whole, and uses the character after at the start', () => {
    expect(withNonEmptyReplacement('🙂just', { start: 2, end: 6, replacement: '' })).toEqual({ start: 0, end: 6, replacement: '🙂' });
    expect(withNonEmptyReplacement('Obviously yes', { start: 0, end: 10, replacement: '' })).toEqual({ start: 0, end: 11, replacement: 'y' });
  });

  it('leaves replacements, insertions and a whole-text deletion alone', () => {
    const edits = [{ start: 0, end: 3, replacement: '!' }, { start: 3, end: 3, replacement: ' ^Sam' }, { start: 0, end: 3, replacement: '' }];
    for (const edit of edits) expect(withNonEmptyReplacement('!!!', edit)).toBe(edit);
  });
});

describe('fix labels and markers', () => {
  it('names what a fix does', () => {
    const text = 'Obviously, yes!!!';
    expect(fixLabel(text, { rule: 'exclamations', message: '', start: 14, end: 17, fix: { replacement: '!' } })).toBe("Replace '!!!' with '!'");
    expect(fixLabel(text, { rule: 'condescending', message: '', start: 0, end: 11, fix: { replacement: '' } })).toBe("Remove 'Obviously, '");
    expect(fixLabel(text, { rule: 'sign-off', message: '', start: 17, end: 17, fix: { replacement: ' ^Sam' } })).toBe("Insert ' ^Sam'");
  });

  it('finds unfilled markers in text order', () => {
    expect(markersToFill('[ticket] then [link] and [link]').map((m) => [m.name, m.start])).toEqual([['ticket', 0], ['link', 14], ['link', 25]]);
    expect(markersToFill('[links] {link}')).toEqual([]);
  });
});

describe('ComposeContextSource', () => {
  it('keeps the same library array while its content is unchanged, and explains a failure', async () => {
    const library = [...STARTER_LIBRARY];
    const fetch = vi.fn(() => Promise.resolve({ library: structuredClone(library), policy: defaultPolicy(), agentName: 'Sam' }));
    const source = new ComposeContextSource(fetch);
    const first = await source.refresh();
    const second = await source.refresh();
    expect(second.context.library).toBe(first.context.library);
    expect(second.problem).toBeNull();
    fetch.mockRejectedValueOnce(new Error('no background'));
    const failed = await source.refresh();
    expect(failed.problem).toContain('no background');
    expect(failed.context.agentName).toBe('Sam');
  });
});

describe('ProfilePanel', () => {
  it('loads, saves and confirms the name used for {agent}', async () => {
    const save = vi.fn((name: string) => Promise.resolve(name.trim()));
    render(<ProfilePanel load={() => Promise.resolve('Sam')} save={save} />);
    const field = screen.getByRole('textbox', { name: 'Your name' });
    await waitFor(() => expect((field as HTMLInputElement).value).toBe('Sam'));
    fireEvent.input(field, { target: { value: ' Priya ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Replies will be signed Priya.'));
    expect(save).toHaveBeenCalledWith(' Priya ');
  });

  it('shows why a name was refused', async () => {
    render(<ProfilePanel load={() => Promise.resolve('')} save={() => Promise.reject(new Error('A name of at most 60 characters, please.'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('at most 60'));
  });
});
