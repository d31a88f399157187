// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/popup/Popup';
import { createReminder } from '../../lib/db/reminders';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

afterEach(cleanup);

const url = 'https://x.com/ann/status/1';

describe('toolbar popup', () => {
  it('lists due reminders; opens, snoozes and completes them; toggles the sidebar', async () => {
    const db = freshDatabase();
    const now = Date.now();
    await createReminder(db, { subject: { network: 'x', handle: 'ann', postId: '1', url }, body: 'refund?', dueAt: now - 60_000 }, 'me', 0);
    await createReminder(db, { subject: { network: 'x', handle: 'bob' }, body: '', dueAt: now - 30_000 }, 'me', 0);
    await createReminder(db, { subject: { network: 'x', handle: 'cat' }, body: 'later', dueAt: now + 3_600_000 }, 'me', 0);
    const bg = background(db, 0, Date.now);
    const onToggle = vi.fn();
    const onDone = vi.fn();
    render(<Popup send={bg.send} onToggleSidebar={onToggle} onDone={onDone} />);

    const list = await screen.findByRole('list', { name: 'Due reminders' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('@ann') as unknown,
      expect.stringContaining('@bob') as unknown,
    ]);
    expect(within(list).queryByRole('button', { name: 'Open post by @bob' })).toBeNull();

    fireEvent.click(within(list).getByRole('button', { name: 'Open post by @ann' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(bg.opened).toEqual([url]);

    fireEvent.click(within(list).getByRole('button', { name: 'Snooze 1 hour: @ann' }));
    fireEvent.click(within(list).getByRole('button', { name: 'Done: @bob' }));
    await screen.findByText('No reminders due.');

    fireEvent.click(screen.getByRole('button', { name: 'Show or hide the sidebar' }));
    expect(onToggle).toHaveBeenCalledOnce();
  });
});
