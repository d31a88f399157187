// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel } from '../../components/options/DataPanel';
import { createNote } from '../../lib/db/notes';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

afterEach(cleanup);

const keeps = { persisted: () => Promise.resolve(false), persist: () => Promise.resolve(true) };

function chooseFile(text: string) {
  const input = screen.getByLabelText('Import a backup');
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

describe('data panel', () => {
  it('asks for persistent storage and says what the browser promised', async () => {
    const persist = vi.fn(() => Promise.resolve(false));
    render(<DataPanel send={background(freshDatabase()).send} storage={{ persisted: () => Promise.resolve(false), persist }} />);
    await screen.findByText(/may clear this data when the disk runs low/);
    expect(persist).toHaveBeenCalledOnce();
  });

  it('exports everything as a dated JSON file', async () => {
    const db = freshDatabase();
    await createNote(db, { network: 'x', handle: 'ann' }, 'hello', { authorId: 'me', now: 1 });
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:backup';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<DataPanel send={background(db).send} storage={keeps} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    await screen.findByText('Exported 1 notes, 0 reminders and 0 hand-offs.');
    expect(click).toHaveBeenCalledOnce();
    expect(JSON.parse(await created[0]!.text())).toMatchObject({ format: 'carebar-backup', version: 1, notes: [{ body: 'hello' }] });
  });

  it('imports a backup, and refuses a foreign file with the reason', async () => {
    const db = freshDatabase();
    render(<DataPanel send={background(db).send} storage={keeps} />);
    chooseFile('{"hello":"world"}');
    expect((await screen.findByRole('alert')).textContent).toBe('Nothing was imported. This file is not a Carebar backup.');

    const note = { id: 'n1', subject: { network: 'x', handle: 'ann' }, body: 'from backup', authorId: 'me', createdAt: 1, updatedAt: 1 };
    chooseFile(JSON.stringify({ format: 'carebar-backup', version: 1, exportedAt: 2, notes: [note], reminders: [], handoffs: [], boilerplate: [], policy: [] }));
    await screen.findByText(/^Imported 1 notes, 0 reminders and 0 hand-offs/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await db.notes.get('n1'))?.body).toBe('from backup');
  });
});
