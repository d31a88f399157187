// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ComposePanel, type ComposePanelProps } from '../../components/compose/ComposePanel';
import type { ComposeContext } from '../../components/compose/types';
import { STARTER_LIBRARY } from '../../lib/boilerplate/starter-library';
import { defaultPolicy } from '../../lib/classify/policy';
import type { Boilerplate } from '../../lib/sync/records';
import { xPost } from './post-builder';

const MARCUS = xPost({
  id: '1991846844036022276',
  handle: 'marcus_lee',
  authorName: 'Marcus Lee',
  text: '@AcmeAir_Help lost my bag on AC 221 from Denver. Third day, no updates. Reference DEN-55821. This is ridiculous.',
  time: '2025-11-21T12:31:09.000Z',
});

const CONTEXT: ComposeContext = { library: STARTER_LIBRARY, policy: defaultPolicy(), agentName: 'Sam' };

function template(id: string, fields: Partial<Boilerplate>): Boilerplate {
  return { id, title: id, body: 'Body', tags: [], codes: [], categories: [], networks: [], updatedAt: 0, ...fields };
}

function panel(overrides: Partial<ComposePanelProps> = {}) {
  const props: ComposePanelProps = {
    network: 'x',
    text: '',
    post: MARCUS,
    triage: { code: 'orange', categories: ['complaint'], sentiment: { label: 'negative', score: 0.9 } },
    context: CONTEXT,
    notice: null,
    inserted: [],
    theme: 'light',
    searchFocusRequest: 0,
    onInsert: vi.fn(() => Promise.resolve('Inserted.')),
    onFix: vi.fn(() => Promise.resolve('Fixed.')),
    onSelectInBox: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const view = render(<ComposePanel {...props} />);
  return { props, view, dialog: screen.getByRole('dialog', { name: 'Reply assistant' }) };
}

beforeAll(() => {
  // jsdom lays nothing out; the list scrolls its active option into view in a browser.
  Element.prototype.scrollIntoView = () => undefined;
});
afterEach(cleanup);

describe('ComposePanel suggestions', () => {
  it('ranks replies for the post, filled for its author and the agent, with unfilled markers highlighted', () => {
    const { dialog } = panel();
    expect(dialog.textContent).toContain('Replying to Marcus Lee (@marcus_lee)');
    const options = within(screen.getByRole('listbox', { name: 'Suggested replies' })).getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    expect(options[0]!.getAttribute('aria-selected')).toBe('true');
    const texts = options.map((option) => option.textContent);
    expect(texts.some((text) => text.includes('Marcus') && text.includes('^Sam'))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/\{(name|agent|handle|link|ticket)\}/);
    for (const mark of dialog.querySelectorAll('.ra-option mark')) expect(mark.textContent).toMatch(/^\[(link|ticket)\]$/);
  });

  it('filters by the search box, moves with the arrow keys and inserts with Enter, then says what happened', async () => {
    const { props } = panel();
    const search = screen.getByRole('combobox', { name: 'Search replies' });
    fireEvent.input(search, { target: { value: 'refund' } });
    const options = within(screen.getByRole('listbox', { name: 'Suggested replies' })).getAllByRole('option');
    expect(options.every((option) => /refund/i.test(option.textContent))).toBe(true);
    fireEvent.keyDown(search, { key: 'ArrowDown' });
    const second = options.length > 1 ? 1 : 0;
    expect(search.getAttribute('aria-activedescendant')).toBe(`ra-suggestion-${second}`);
    fireEvent.keyDown(search, { key: 'Enter' });
    expect(props.onInsert).toHaveBeenCalledTimes(1);
    const chosen = vi.mocked(props.onInsert).mock.calls[0]![0];
    expect(options[second]!.textContent).toContain(chosen.title);
    expect(chosen.text).not.toContain('{');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Inserted.'));
  });

  it('says when nothing matches, and inserts a clicked reply', () => {
    const { props } = panel();
    const search = screen.getByRole('combobox', { name: 'Search replies' });
    fireEvent.input(search, { target: { value: 'zzzqqq' } });
    expect(screen.getByText('No reply matches "zzzqqq".')).toBeTruthy();
    fireEvent.input(search, { target: { value: '' } });
    fireEvent.click(within(screen.getByRole('listbox')).getAllByRole('option')[0]!);
    expect(props.onInsert).toHaveBeenCalledTimes(1);
  });

  it('shows hostile template text as text and reports broken placeholders, inserting the literal text', () => {
    const hostile = template('hostile', { title: '<img src=x onerror=alert(1)>', body: '<script>alert(1)</script> Hi {nmae} {name', tags: ['hostile'] });
    const { props, dialog } = panel({ context: { ...CONTEXT, library: [hostile] } });
    expect(dialog.querySelector('img, script')).toBeNull();
    const option = within(screen.getByRole('listbox')).getByRole('option');
    expect(option.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(option.textContent).toContain('Unknown placeholder {nmae}');
    expect(option.textContent).toContain('Unbalanced brace');
    fireEvent.click(option);
    expect(vi.mocked(props.onInsert).mock.calls[0]![0].text).toBe('<script>alert(1)</script> Hi {nmae} {name');
  });

  it('focuses the search box when asked (the shortcut)', () => {
    const { props, view } = panel();
    expect(document.activeElement).not.toBe(screen.getByRole('combobox', { name: 'Search replies' }));
    view.rerender(<ComposePanel {...props} searchFocusRequest={1} />);
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search replies' }));
  });
});

describe('ComposePanel tone and length', () => {
  it('lists findings with the quoted text and a Fix named for what it does', async () => {
    const text = 'Obviously you should have kept the tag!!! Sorry.';
    const { props } = panel({ text });
    const findings = screen.getByRole('list', { name: 'Tone findings' });
    expect(findings.textContent).toContain("'Obviously' can sound condescending");
    const fix = within(findings).getByRole('button', { name: "Replace '!!!' with '!'" });
    fireEvent.click(fix);
    const [finding, checked] = vi.mocked(props.onFix).mock.calls[0]!;
    expect(checked).toBe(text);
    expect(text.slice(finding.start, finding.end)).toBe('!!!');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Fixed.'));
  });

  it('flags a smiley under a complaint but not under praise', () => {
    const text = 'Thanks for telling us, we are looking into it :)';
    panel({ text });
    expect(screen.getByRole('list', { name: 'Tone findings' }).querySelector('[data-rule="levity"]')).not.toBeNull();
    cleanup();
    panel({ text, post: { ...MARCUS, text: 'Best crew ever, thank you!' }, triage: { code: 'green', categories: ['praise'], sentiment: { label: 'positive', score: 0.9 } } });
    expect(document.querySelector('[data-rule="levity"]')).toBeNull();
  });

  it('counts by X rules and warns past 280, offering the short variant of an inserted template', () => {
    const long = 'We are so sorry about the bag, Marcus. '.repeat(4);
    const short = 'Sorry, Marcus: DM us and we will chase it.';
    const text = `${long}${'x'.repeat(140)}`;
    panel({ text, inserted: [{ text, shortText: short }] });
    expect(screen.getByText(/over the limit/).textContent).toContain(`${text.length} / 280 · ${text.length - 280} over the limit`);
    const findings = screen.getByRole('list', { name: 'Tone findings' });
    expect(within(findings).getByRole('button', { name: `Replace '${text.slice(0, 47)}…' with '${short}'` })).toBeTruthy();
  });

  it('checks only the start of a 50,000-character text and says so', () => {
    const text = 'OBVIOUSLY WRONG!!! '.repeat(2_700);
    panel({ text });
    expect(screen.getByText('Checked the first 5,000 characters.')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Tone findings' }).children.length).toBeGreaterThan(0);
    expect(screen.getByText(/over the limit/).textContent).toContain('5,000+ / 280');
  });

  it('lists unfilled markers in the reply, each selecting itself in the box', () => {
    const text = 'Track it here: [link] and quote [ticket].';
    const { props } = panel({ text });
    fireEvent.click(screen.getByRole('button', { name: 'Select [ticket] in the reply' }));
    expect(props.onSelectInBox).toHaveBeenCalledWith(text.indexOf('[ticket]'), text.indexOf('[ticket]') + 8);
  });

  it('closes with Escape', () => {
    const { props } = panel();
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Search replies' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});
