// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryTransfer } from '../../components/options/boilerplate/LibraryTransfer';
import { LIBRARY_CHANGED_EVENT } from '../../components/options/boilerplate/useLibrary';
import { liveBoilerplate } from '../../lib/db/boilerplate-import';
import { saveReply } from '../../lib/db/boilerplate';
import type { CarebarDatabase } from '../../lib/db/database';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

afterEach(cleanup);

function chooseFile(text: string, name = 'replies.csv') {
  const input = screen.getByLabelText('Import replies (CSV or JSON)');
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  fireEvent.change(input);
}

function show(db: CarebarDatabase) {
  render(<LibraryTransfer send={background(db).send} now={() => Date.UTC(2026, 2, 4)} />);
}

const importButton = () => screen.getByRole('button', { name: /^Import \d+ repl/ });

describe('import and export of the reply library', () => {
  it('lists bad rows by line, and imports the others only once the manager agrees to skip them', async () => {
    const db = freshDatabase();
    const changed = vi.fn();
    window.addEventListener(LIBRARY_CHANGED_EVENT, changed);
    show(db);
    chooseFile('title,body,codes\nRefund,"Hi {name},\nit is on its way.",green\n,no title,\nTypo,Hi {nmae},\nOutage,We are on it,red\n');

    await screen.findByRole('heading', { name: 'Preview of replies.csv' });
    const errors = within(screen.getByRole('list', { name: 'Rows with errors' })).getAllByRole('listitem');
    expect(errors.map((item) => item.textContent)).toEqual(['Line 4: No title: each reply needs one.', expect.stringMatching(/^Line 5: Reply text: Unknown placeholder \{nmae\}/) as string]);
    const table = screen.getByRole('table', { name: 'Replies read' });
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Refund', 'Outage']);
    expect(await db.boilerplate.count()).toBe(0);

    expect(importButton()).toHaveProperty('disabled', true);
    expect(importButton().textContent).toBe('Import 2 replies');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Skip the rows with errors' }));
    expect(importButton()).toHaveProperty('disabled', false);
    fireEvent.click(importButton());

    await screen.findByText('Imported: 2 replies added, 0 replaced, 2 rows skipped.');
    expect((await liveBoilerplate(db)).map((reply) => [reply.title, reply.body, reply.codes]).sort()).toEqual([
      ['Outage', 'We are on it', ['red']],
      ['Refund', 'Hi {name},\nit is on its way.', ['green']],
    ]);
    expect(changed).toHaveBeenCalledOnce();
    expect(screen.queryByRole('heading', { name: /^Preview/ })).toBeNull();
    window.removeEventListener(LIBRARY_CHANGED_EVENT, changed);
  });

  it('lets each duplicate be skipped or replace the reply with its title', async () => {
    const db = freshDatabase();
    const stored = await saveReply(db, { title: 'Refund delay', body: 'old text', tags: [], codes: [], categories: [], networks: [] }, 1);
    await saveReply(db, { title: 'Outage', body: 'old outage', tags: [], codes: [], categories: [], networks: [] }, 1);
    show(db);
    chooseFile('title,body\nREFUND delay,new text\noutage,new outage\nFresh,hello\n');

    const first = await screen.findByRole('group', { name: /^Line 2: “REFUND delay”, same title as “Refund delay” in the library/ });
    fireEvent.click(within(first).getByRole('radio', { name: 'Replace' }));
    expect(within(screen.getByRole('group', { name: /^Line 3/ })).getByRole('radio', { name: 'Skip' })).toHaveProperty('checked', true);
    fireEvent.click(importButton());

    await screen.findByText('Imported: 1 reply added, 1 replaced, 1 row skipped.');
    const library = await liveBoilerplate(db);
    expect(library.map((reply) => [reply.title, reply.body]).sort()).toEqual([
      ['Fresh', 'hello'],
      ['Outage', 'old outage'],
      ['REFUND delay', 'new text'],
    ]);
    expect(library.find((reply) => reply.body === 'new text')?.id).toBe(stored.id);
  });

  it('changes nothing when cancelled, and shows hostile HTML as text', async () => {
    const db = freshDatabase();
    show(db);
    chooseFile(JSON.stringify([{ title: '<img src=x onerror=alert(1)>', body: 'hi' }]), 'replies.json');
    const table = await screen.findByRole('table', { name: 'Replies read' });
    expect(within(table).getByRole('rowheader').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(table.querySelector('img')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Import cancelled: nothing changed.');
    expect(await db.boilerplate.count()).toBe(0);
  });

  it('refuses a file it cannot read, with nothing to import', async () => {
    show(freshDatabase());
    chooseFile('title,text\nA,b\n');
    await screen.findByText(/^Line 1: Unknown column "text"/);
    expect(screen.getByText('There is nothing in this file to import.')).toBeTruthy();
    expect(importButton()).toHaveProperty('disabled', true);
  });

  it('exports the library as dated CSV and JSON files', async () => {
    const db = freshDatabase();
    await saveReply(db, { title: 'Outage', body: 'We are on it, {name}.', tags: ['status'], codes: ['red'], categories: [], networks: ['x'] }, 1);
    const files: { blob: Blob; name: string }[] = [];
    let pending: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      pending = blob as Blob;
      return 'blob:replies';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (pending) files.push({ blob: pending, name: this.download });
    });
    show(db);
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await screen.findByText('Exported 1 reply as CSV.');
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await screen.findByText('Exported 1 reply as JSON.');

    expect(files.map((file) => file.name)).toEqual(['carebar-replies-2026-03-04.csv', 'carebar-replies-2026-03-04.json']);
    const csv = await files[0]!.blob.text();
    expect(csv.split('\r\n').slice(0, 2)).toEqual(['title,body,shortBody,tags,codes,categories,networks', 'Outage,"We are on it, {name}.",,status,red,,x']);
    expect(JSON.parse(await files[1]!.blob.text())).toMatchObject([{ title: 'Outage', codes: ['red'] }]);
  });
});
