// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BoilerplatePanel } from '../../components/options/boilerplate/BoilerplatePanel';
import { LIBRARY_CHANGED_EVENT } from '../../components/options/boilerplate/useLibrary';
import { moveFavourite, saveReply, type ReplyInput } from '../../lib/db/boilerplate';
import type { CarebarDatabase } from '../../lib/db/database';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

afterEach(cleanup);

const reply = (title: string, extra: Partial<ReplyInput> = {}): ReplyInput => ({ title, body: `About ${title}, {name}.`, tags: [], codes: [], categories: [], networks: [], ...extra });

async function panelOver(db: CarebarDatabase) {
  render(<BoilerplatePanel send={background(db).send} />);
  await screen.findByText(/replies|No replies yet/, { selector: '#bp-count' });
}

function entries(): string[] {
  return within(screen.getByRole('list', { name: 'Replies' }))
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('.bp-entry__title')?.textContent ?? '');
}

function type(label: string, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('boilerplate editor', () => {
  it('is a region named Boilerplate, and says the starter replies stand in while the library is empty', async () => {
    await panelOver(freshDatabase());
    expect(screen.getByRole('region', { name: 'Boilerplate' })).toBeTruthy();
    expect(screen.getByText(/No replies yet.*25 starter replies/)).toBeTruthy();
  });

  it('checks fields as they are typed, flags unknown placeholders, previews with sample values and saves', async () => {
    const db = freshDatabase();
    await panelOver(db);
    fireEvent.click(screen.getByRole('button', { name: 'New reply' }));
    const title = screen.getByLabelText('Title');
    await waitFor(() => expect(document.activeElement).toBe(title));

    type('Title', 'x');
    type('Title', '  ');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(title.getAttribute('aria-describedby') ?? '')?.textContent).toBe('A reply needs a title.');

    type('Title', 'Lost bag');
    expect(title.getAttribute('aria-invalid')).toBe('false');
    type('Reply text', 'Sorry {name}, we are tracing your bag: {link} {nmae}');
    const body = screen.getByLabelText('Reply text');
    const warnings = body.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(warnings).toContain('Unknown placeholder {nmae} at character 47');
    expect(warnings).toContain('Did you mean {name}?');
    expect(screen.getByText('Sorry Marcus, we are tracing your bag: https://help.example.com/articles/1042 {nmae}')).toBeTruthy();
    // X counts the link as 23: 39 + 23 + 7.
    expect(screen.getByText('69 / 280 on X')).toBeTruthy();

    type('Tags', 'baggage, lost,  baggage ');
    fireEvent.click(within(screen.getByRole('group', { name: 'Fits codes' })).getByLabelText('Orange'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Networks' })).getByLabelText('X'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText(/Saved “Lost bag”/);
    const [stored] = await db.boilerplate.toArray();
    expect(stored).toMatchObject({ title: 'Lost bag', tags: ['baggage', 'lost'], codes: ['orange'], networks: ['x'], categories: [] });
    expect(stored).not.toHaveProperty('shortBody');
    expect(entries()).toEqual(['Lost bag']);
    expect(screen.getByRole('heading', { name: 'Edit reply' })).toBeTruthy();
  });

  it('refuses to save an empty reply, showing each problem and putting the cursor on the first', async () => {
    const db = freshDatabase();
    await panelOver(db);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('A reply needs a title.')).toBeTruthy();
    expect(screen.getByText('A reply needs its text.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Title'));
    type('Short variant', 'y'.repeat(1_001));
    expect(screen.getByText('A short variant has at most 1,000 characters.')).toBeTruthy();
    expect(await db.boilerplate.count()).toBe(0);
  });

  it('filters as one types, by words anywhere in title, text or tags, and by tag, code and network', async () => {
    const db = freshDatabase();
    await saveReply(db, reply('Refund delay', { tags: ['billing'], codes: ['yellow'] }), 1);
    await saveReply(db, reply('Outage update', { tags: ['outage'], codes: ['red'], networks: ['x'] }), 2);
    await saveReply(db, reply('Thanks for the praise', { codes: ['green'], networks: ['facebook'] }), 3);
    await saveReply(db, reply('Any post'), 4);
    await panelOver(db);
    expect(entries()).toEqual(['Any post', 'Thanks for the praise', 'Outage update', 'Refund delay']);

    type('Search replies', 'ref');
    expect(entries()).toEqual(['Refund delay']);
    type('Search replies', 'abou');
    expect(entries()).toHaveLength(4);
    type('Search replies', 'billi');
    expect(entries()).toEqual(['Refund delay']);
    expect(screen.getByText('1 of 4 replies match.')).toBeTruthy();
    type('Search replies', '');

    fireEvent.change(screen.getByLabelText('Filter by code'), { target: { value: 'red' } });
    expect(entries()).toEqual(['Any post', 'Outage update']);
    fireEvent.change(screen.getByLabelText('Filter by code'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Filter by network'), { target: { value: 'facebook' } });
    expect(entries()).toEqual(['Any post', 'Thanks for the praise', 'Refund delay']);
    fireEvent.change(screen.getByLabelText('Filter by network'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Filter by tag'), { target: { value: 'outage' } });
    expect(entries()).toEqual(['Outage update']);
  });

  it('shows a page of a large library at a time', async () => {
    const db = freshDatabase();
    await db.boilerplate.bulkAdd(Array.from({ length: 120 }, (_, i) => ({ ...reply(`Reply ${i}`), id: `r${i}`, updatedAt: i })));
    await panelOver(db);
    expect(screen.getByText('120 replies, the first 50 shown.')).toBeTruthy();
    expect(entries()).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more' }));
    expect(entries()).toHaveLength(100);
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more' }));
    expect(entries()).toHaveLength(120);
  });

  it('edits, duplicates, and deletes with an undo', async () => {
    const db = freshDatabase();
    await saveReply(db, reply('Refund delay'), 1);
    await panelOver(db);

    fireEvent.click(screen.getByRole('button', { name: 'Edit “Refund delay”' }));
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('Title').value).toBe('Refund delay'));
    type('Title', 'Refund late');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/Saved “Refund late”/);
    expect(await db.boilerplate.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Duplicate “Refund late”' }));
    await screen.findByText('Made “Copy of Refund late”.');
    expect(entries()).toEqual(['Copy of Refund late', 'Refund late']);

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Refund late”' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByRole('status').textContent).toContain('Deleted “Refund late”.');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    expect(entries()).toEqual(['Copy of Refund late']);

    fireEvent.click(undo);
    await screen.findByText('Restored “Refund late”.');
    await waitFor(() => expect(entries()).toContain('Refund late'));
    expect((await db.boilerplate.toArray()).filter((row) => row.deletedAt === undefined)).toHaveLength(2);
  });

  it('keeps favourites first, reordered by Move up and Move down, focus staying on the button', async () => {
    const db = freshDatabase();
    for (const [i, title] of ['A', 'B', 'C'].entries()) await saveReply(db, reply(title), i);
    await panelOver(db);
    expect(entries()).toEqual(['C', 'B', 'A']);

    fireEvent.click(screen.getByRole('button', { name: 'Favourite “A”' }));
    await waitFor(() => expect(entries()).toEqual(['A', 'C', 'B']));
    expect(screen.getByRole('button', { name: 'Favourite “A”' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Favourite “B”' }));
    await waitFor(() => expect(entries()).toEqual(['A', 'B', 'C']));
    expect(screen.getByRole('button', { name: 'Move up “A”' }).getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'Move up “B”' }));
    await waitFor(() => expect(entries()).toEqual(['B', 'A', 'C']));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up “B”' })));
    fireEvent.click(screen.getByRole('button', { name: 'Favourite “B”' }));
    await waitFor(() => expect(entries()).toEqual(['A', 'C', 'B']));
    expect((await db.favourites.toArray()).map((row) => row.id)).toHaveLength(1);
  });

  it('loads the library again when another part of the page changes it', async () => {
    const db = freshDatabase();
    await panelOver(db);
    const imported = await saveReply(db, reply('Imported'), 1);
    await moveFavourite(db, imported.id, 'add');
    window.dispatchEvent(new Event(LIBRARY_CHANGED_EVENT));
    await waitFor(() => expect(entries()).toEqual(['Imported']));
  });
});
