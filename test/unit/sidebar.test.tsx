// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { Classified } from '../../lib/classify/engine';
import type { PostSnapshot } from '../../lib/sites/post';
import type { PageState } from '../../lib/sites/post-tracker';
import { xPost } from './post-builder';

const NOW = Date.parse('2026-11-23T12:00:00Z');

function post(id: string, overrides: Partial<PostSnapshot> = {}): PostSnapshot {
  return xPost({
    id,
    handle: `handle${id}`,
    permalink: `https://x.com/someone/status/${id}`,
    authorName: `Author ${id}`,
    text: `text of post ${id}`,
    time: '2026-11-23T11:55:00Z',
    ...overrides,
  });
}

function state(posts: PostSnapshot[], overrides: Partial<PageState> = {}): PageState {
  return { status: posts.length ? 'ready' : 'looking', pageKind: 'timeline', theme: 'light', posts, ...overrides };
}

afterEach(cleanup);

describe('Sidebar', () => {
  it('is a landmark named Carebar with a list of the visible posts', () => {
    render(<Sidebar triage={new Map()} state={state([post('1'), post('2', { isReply: true, verified: true })])} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    const aside = screen.getByRole('complementary', { name: 'Carebar' });
    const list = within(aside).getByRole('list', { name: 'Visible posts' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Author 1');
    expect(items[0]?.textContent).toContain('@handle1');
    expect(items[0]?.textContent).toContain('text of post 1');
    expect(items[0]?.textContent).toContain('5m');
    expect(items[1]?.textContent).toContain('Reply');
    expect(screen.getByText('2 posts on screen')).toBeTruthy();
  });

  it('renders hostile page text as text, never as markup', () => {
    const hostile = post('1', {
      authorName: '<img src=x onerror=alert(1)>',
      text: '<script>alert(1)</script>\u202Etxt.exe',
    });
    const { container } = render(<Sidebar triage={new Map()} state={state([hostile])} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>alert(1)</script>txt.exe');
  });

  it('says when a post has no text', () => {
    render(<Sidebar triage={new Map()} state={state([post('1', { text: '' })])} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByText('No text (media or deleted post)')).toBeTruthy();
  });

  it('selects a post by click and moves through the list with the arrow keys', () => {
    const onSelectPost = vi.fn();
    render(<Sidebar triage={new Map()} state={state([post('1'), post('2'), post('3')])} now={NOW} onSelectPost={onSelectPost} onClose={vi.fn()} />);
    const buttons = within(screen.getByRole('list', { name: 'Visible posts' })).getAllByRole('button');
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    buttons[0]?.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[2]);
    fireEvent.keyDown(buttons[2]!, { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.click(buttons[1]!);
    expect(onSelectPost).toHaveBeenCalledWith('2');
  });

  it('closes from its own button', () => {
    const onClose = vi.fn();
    render(<Sidebar triage={new Map()} state={state([])} now={NOW} onSelectPost={vi.fn()} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close Carebar' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it.each([
    ['looking', 'Looking for posts…'],
    ['offscreen', 'No posts on screen'],
    ['unrecognised', 'No posts recognised on this page'],
    ['unsupported', 'Carebar does not read this page'],
  ] as const)('explains the %s state plainly', (status, title) => {
    render(<Sidebar triage={new Map()} state={state([], { status })} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('status').textContent).toContain(title);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('follows the site’s dark theme', () => {
    render(<Sidebar triage={new Map()} state={state([], { theme: 'dark' })} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    expect(screen.getByRole('complementary').dataset.theme).toBe('dark');
  });
});

describe('Sidebar with triage', () => {
  const classified = (id: string, code: Classified['code'], dueAt: number | null, categories: string[], extra: Partial<Classified> = {}): Classified => ({
    id,
    code,
    categories,
    sentiment: { label: 'negative', score: 0.9 },
    intensity: 0.2,
    signals: { pii: [], vip: false, newAccount: false, repeatPoster: false, alreadyAnswered: false, language: 'en' },
    reasons: [`reason for ${id}`],
    dueAt,
    ...extra,
  });
  const posts = [post('1'), post('2'), post('3')];
  const triage = new Map([
    ['1', classified('1', 'green', NOW + 4 * 3_600_000, ['praise'])],
    ['2', classified('2', 'red', NOW, ['pii'], { signals: { pii: ['card'], vip: true, newAccount: false, repeatPoster: false, alreadyAnswered: false, language: 'en' } })],
    ['3', classified('3', 'yellow', NOW + 30 * 60_000, ['billing', 'account'])],
  ]);

  it('shows each code in words, its time left, categories, signals and reasons', () => {
    render(<Sidebar state={state(posts)} triage={triage} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    const entries = within(screen.getByRole('list', { name: 'Visible posts' })).getAllByRole('button');
    expect(entries[1]?.textContent).toContain('Red');
    expect(entries[1]?.textContent).toContain('VIP');
    expect(entries[2]?.textContent).toContain('Yellow');
    expect(entries[2]?.textContent).toContain('30m');
    expect(entries[2]?.textContent).toContain('billing');
    expect(entries[0]?.textContent).toContain('4h');
    const describedBy = entries[2]?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('reason for 3');
  });

  it('filters by code and category and sorts by deadline', () => {
    render(<Sidebar state={state(posts)} triage={triage} now={NOW} onSelectPost={vi.fn()} onClose={vi.fn()} />);
    const ids = () => within(screen.getByRole('list', { name: 'Visible posts' })).getAllByRole('button').map((b) => b.dataset.postId);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'deadline' } });
    expect(ids()).toEqual(['2', '3', '1']);
    const red = screen.getByRole('button', { name: /Red 1/ });
    fireEvent.click(red);
    expect(red.getAttribute('aria-pressed')).toBe('true');
    expect(ids()).toEqual(['2']);
    fireEvent.click(red);
    fireEvent.change(screen.getByRole('combobox', { name: 'Category' }), { target: { value: 'billing' } });
    expect(ids()).toEqual(['3']);
  });
});
