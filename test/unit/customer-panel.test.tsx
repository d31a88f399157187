// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';
import { xPost } from './post-builder';

const post = xPost({
  id: '1859000000000000001',
  handle: 'priya_r_',
  authorName: 'Priya R',
  text: 'my refund still has not arrived',
  time: new Date().toISOString(),
});

afterEach(cleanup);

function renderSidebar() {
  const db = freshDatabase();
  const bg = background(db, 0, Date.now);
  const onSelectPost = vi.fn();
  render(
    <Sidebar
      triage={new Map()}
      state={{ status: 'ready', pageKind: 'timeline', theme: 'light', posts: [post] }}
      now={Date.now()}
      onSelectPost={onSelectPost}
      onClose={vi.fn()}
      send={bg.send}
    />,
  );
  return { db, bg, onSelectPost };
}

async function openPanel() {
  const setup = renderSidebar();
  fireEvent.click(screen.getByRole('button', { name: /Priya R/ }));
  const panel = await screen.findByRole('region', { name: 'Customer' });
  await within(panel).findByText(/in the last day/);
  return { ...setup, panel };
}

describe('customer panel', () => {
  it('opens on selecting a post, which still scrolls the page to it', async () => {
    const { panel, onSelectPost } = await openPanel();
    expect(onSelectPost).toHaveBeenCalledWith(post.id);
    expect(within(panel).getByText('@priya_r_')).toBeTruthy();
    expect(within(panel).getByText('No notes about @priya_r_ yet.')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Close customer panel' }));
    expect(screen.queryByRole('region', { name: 'Customer' })).toBeNull();
  });

  it('saves notes, newest first, as text with links made clickable', async () => {
    const { panel } = await openPanel();
    const box = within(panel).getByRole('textbox', { name: 'New note' });
    fireEvent.input(box, { target: { value: 'Order 123, see https://help.example.com/refunds.' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save note' }));
    await within(panel).findByText('Note saved.');
    fireEvent.input(box, { target: { value: '<img src=x onerror=alert(1)> second' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save note' }));

    const notes = await within(panel).findByRole('list', { name: 'Notes' });
    await waitFor(() => expect(within(notes).getAllByRole('listitem')).toHaveLength(2));
    const [newest, oldest] = within(notes).getAllByRole('listitem');
    expect(newest?.textContent).toContain('<img src=x onerror=alert(1)> second');
    expect(newest?.querySelector('img')).toBeNull();
    expect(newest?.textContent).toContain('You');
    expect(newest?.textContent).toContain('this post');
    const link = within(oldest!).getByRole('link', { name: 'https://help.example.com/refunds' });
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('edits a note, and deletes one with undo', async () => {
    const { panel } = await openPanel();
    fireEvent.input(within(panel).getByRole('textbox', { name: 'New note' }), { target: { value: 'first words' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save note' }));
    fireEvent.click(await within(panel).findByRole('button', { name: /Edit note of/ }));
    fireEvent.input(within(panel).getByRole('textbox', { name: 'Edit note' }), { target: { value: 'better words' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save changes' }));
    await within(panel).findByText('better words');

    fireEvent.click(within(panel).getByRole('button', { name: /Delete note of/ }));
    await within(panel).findByText('No notes about @priya_r_ yet.');
    fireEvent.click(within(panel).getByRole('button', { name: 'Undo' }));
    await within(panel).findByText('better words');
  });

  it('sets a reminder from words, after showing when it will be due, and completes it', async () => {
    const { panel } = await openPanel();
    fireEvent.input(within(panel).getByRole('textbox', { name: 'Remind me' }), { target: { value: 'whenever' } });
    await within(panel).findByText('"whenever" is not a time Carebar understands.');
    fireEvent.input(within(panel).getByRole('textbox', { name: 'Remind me' }), { target: { value: 'in 2h' } });
    await within(panel).findByText(/^Due (today|tomorrow) \d\d:\d\d/);
    fireEvent.input(within(panel).getByRole('textbox', { name: 'Reminder note' }), { target: { value: 'check the refund' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Set reminder' }));

    const open = await within(panel).findByRole('list', { name: 'Open reminders' });
    expect(open.textContent).toContain('check the refund');
    fireEvent.click(within(open).getByRole('button', { name: /^Done: reminder due/ }));
    await waitFor(() => expect(within(panel).queryByRole('list', { name: 'Open reminders' })).toBeNull());
  });

  it('offers presets: tomorrow morning', async () => {
    const { panel } = await openPanel();
    fireEvent.click(within(panel).getByRole('button', { name: 'Tomorrow morning' }));
    await within(panel).findByText(/^Due tomorrow 09:00/);
    fireEvent.click(within(panel).getByRole('button', { name: 'Set reminder' }));
    await within(panel).findByRole('list', { name: 'Open reminders' });
  });
});

describe('hand-off panel', () => {
  it('starts a hand-off from the shift digest, saves it, lists and searches it', async () => {
    const { db } = renderSidebar();
    await db.seenPosts.add({ network: 'x', postId: '5', handle: 'angry_al', firstSeenAt: Date.now(), lastSeenAt: Date.now(), code: 'red' });
    fireEvent.click(screen.getByRole('button', { name: 'Hand-off' }));
    const panel = screen.getByRole('region', { name: 'Hand-off' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Start from shift digest' }));
    const box = within(panel).getByRole('textbox', { name: 'Hand-off note' });
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toContain('- @angry_al (Red)'));
    fireEvent.click(within(panel).getByRole('button', { name: 'Save hand-off' }));
    const past = await within(panel).findByRole('list', { name: 'Past hand-offs' });
    expect(past.textContent).toContain('@angry_al (Red)');

    fireEvent.input(within(panel).getByRole('searchbox', { name: 'Search notes and hand-offs' }), { target: { value: 'angry' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Search' }));
    const results = await within(panel).findByRole('list', { name: 'Search results' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(1);
  });

  it('shows the newest unread hand-off first, until it is marked read', async () => {
    const db = freshDatabase();
    await db.handoffs.add({ id: 'h1', body: 'Outage is over', authorId: 'other', createdAt: 1, updatedAt: 1, words: ['outage'] });
    const bg = background(db, 0, Date.now);
    render(<Sidebar triage={new Map()} state={{ status: 'looking', pageKind: 'timeline', theme: 'light', posts: [] }} now={Date.now()} onSelectPost={vi.fn()} onClose={vi.fn()} send={bg.send} />);
    const banner = await screen.findByRole('region', { name: 'Hand-off from the last shift' });
    expect(banner.textContent).toContain('Outage is over');
    fireEvent.click(within(banner).getByRole('button', { name: 'Mark as read' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Hand-off from the last shift' })).toBeNull());
    expect(await db.handoffs.get('h1')).toHaveProperty('readAt');
  });
});
