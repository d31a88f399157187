import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importPlan, libraryCsv, libraryJson, readLibraryCsv, readLibraryFile, readLibraryJson, titleKey, type ImportPreview } from '../../lib/boilerplate/transfer';
import { importBoilerplate, liveBoilerplate } from '../../lib/db/boilerplate-import';
import { MUTATIONS_PER_ENTRY } from '../../lib/db/outbox';
import type { Boilerplate } from '../../lib/sync/records';
import { freshDatabase, queued } from './db-helpers';
import { background } from './fake-background';

function reply(title: string, extra: Partial<Boilerplate> = {}): Boilerplate {
  return { id: `id-${title}`, title, body: `Hi {name}, about ${title}.`, tags: [], codes: [], categories: [], networks: [], updatedAt: 1, ...extra };
}

let counter = 0;
const options = (existing: Boilerplate[] = []) => ({ existing, now: 42, newId: () => `new-${++counter}` });

/** The content of a reply, what a file carries: no id, no time. */
function content({ id: _id, updatedAt: _at, ...rest }: Boilerplate) {
  return rest;
}

function byLine(preview: ImportPreview) {
  return {
    rows: preview.rows.map((row) => [row.line, row.record.title]),
    errors: preview.errors.map((error) => [error.line, error.message]),
  };
}

describe('reading a CSV of replies', () => {
  it('reports each bad row by the line it starts on, past quoted line breaks and blank lines', () => {
    const csv = [
      'title,body,codes',
      'Refund,"Hi {name},', // a body over two lines: rows below start one line later
      'your refund is on its way.",green',
      '',
      ',A body without its title,',
      'Typo,"Hello {nmae}",',
      'Colour,Fine text,purple',
      'Too many,cells,red,extra',
      'Last,"She said ""thanks""",Orange|red',
    ].join('\n');
    const { rows, errors } = byLine(readLibraryCsv(csv, options()));
    expect(rows).toEqual([
      [2, 'Refund'],
      [9, 'Last'],
    ]);
    expect(errors.map(([line]) => line)).toEqual([5, 6, 7, 8]);
    expect(errors[0]?.[1]).toBe('No title: each reply needs one.');
    expect(errors[1]?.[1]).toMatch(/^Reply text: Unknown placeholder \{nmae\} at character 7; .*Did you mean \{name\}\?$/);
    expect(errors[2]?.[1]).toBe('Unknown code "purple"; codes are red, orange, yellow, green.');
    expect(errors[3]?.[1]).toMatch(/^This row has 4 cells; the header names 3\./);
  });

  it('keeps line breaks and doubled quotes inside quoted bodies, reads a BOM and Windows line ends', () => {
    const csv = '\uFEFFTitle,Body,Short Body,Tags,Codes,Categories,Networks\r\n"Outage","We know.\r\nWe are on it, {name}.\r\n^{agent}","Short ""one""",outage; status |urgent,RED;yellow,outage,X\r\n';
    const preview = readLibraryCsv(csv, options());
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(1);
    expect(content(preview.rows[0]!.record)).toEqual({
      title: 'Outage',
      body: 'We know.\nWe are on it, {name}.\n^{agent}',
      shortBody: 'Short "one"',
      tags: ['outage', 'status', 'urgent'],
      codes: ['red', 'yellow'],
      categories: ['outage'],
      networks: ['x'],
    });
    expect(preview.rows[0]!.record.updatedAt).toBe(42);
  });

  it('reads a file separated by semicolons, as spreadsheets write it in much of Europe', () => {
    const preview = readLibraryCsv('title;body;tags\nHello;"Hi, {name}";a|b\n', options());
    expect(preview.errors).toEqual([]);
    expect(content(preview.rows[0]!.record)).toMatchObject({ title: 'Hello', body: 'Hi, {name}', tags: ['a', 'b'] });
  });

  it('refuses a header it cannot read, on line 1, and reads no rows', () => {
    expect(byLine(readLibraryCsv('title,body,tgas\nA,b,c\n', options()))).toEqual({ rows: [], errors: [[1, 'Unknown column "tgas" in the header. Columns: title, body, shortBody, tags, codes, categories, networks.']] });
    expect(readLibraryCsv('title,tags\nA,b\n', options()).errors).toEqual([{ line: 1, message: 'The header has no "body" column; each reply needs both.' }]);
    expect(readLibraryCsv('Hello there,how are you\n', options()).errors[0]?.message).toMatch(/^The first row is not a header/);
  });

  it('reports a quote never closed on the row where it opens', () => {
    const preview = readLibraryCsv('title,body\nA,fine\nB,"never closed\nC,lost\n', options());
    expect(byLine(preview).rows).toEqual([[2, 'A']]);
    expect(preview.errors).toEqual([{ line: 3, message: expect.stringMatching(/^A quoted cell is never closed/) as string }]);
  });

  it('keeps hostile HTML and formulas as the text they are', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const preview = readLibraryCsv(`title,body\n"${html.replaceAll('"', '""')}","${html.replaceAll('"', '""')}"\n`, options());
    expect(preview.rows[0]!.record.title).toBe(html);
    expect(preview.rows[0]!.record.body).toBe(html);
  });

  it('refuses a title or a body over the protocol’s limits, saying which', () => {
    const preview = readLibraryCsv(`title,body\n${'t'.repeat(201)},ok\nok,${'b'.repeat(5_001)}\n`, options());
    expect(preview.errors.map((error) => [error.line, error.message.split(':')[0]])).toEqual([
      [2, 'Title'],
      [3, 'Reply text'],
    ]);
  });

  it('reads 5,000 rows with their lines', () => {
    const lines = ['title,body,tags,codes'];
    for (let i = 0; i < 5_000; i++) lines.push(`Reply ${i},"Hi {name}, this is reply ${i}.\nThanks, {agent}",tag${i % 7};common,${i % 2 ? 'red' : 'green'}`);
    const preview = readLibraryCsv(lines.join('\n'), options());
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toHaveLength(5_000);
    expect(preview.rows.at(-1)).toMatchObject({ line: 2 + 2 * 4_999, record: { title: 'Reply 4999', codes: ['red'], tags: ['tag1', 'common'] } });
    expect(new Set(preview.rows.map((row) => row.record.id)).size).toBe(5_000);
  });
});

describe('reading JSON replies', () => {
  it('reads an array, reporting bad entries by the line they start on', () => {
    const text = JSON.stringify([reply('One'), { title: 'Two', body: 42 }, { title: 'Three', body: 'x', colour: 'red' }, 'not a reply', { title: 'Four', body: 'Hi', tags: 'a;b' }], null, 2);
    const preview = readLibraryJson(text, options());
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle));
    expect(byLine(preview).rows).toEqual([
      [2, 'One'],
      [lineOf('"Four"'), 'Four'],
    ]);
    expect(preview.rows[1]!.record.tags).toEqual(['a', 'b']);
    expect(preview.errors).toEqual([
      { line: lineOf('"Two"'), message: 'Reply text: expected text, found number.' },
      { line: lineOf('"Three"'), message: 'Unknown field "colour"; a reply has title, body, shortBody, tags, codes, categories, networks.' },
      { line: lineOf('"not a reply"') + 1, message: 'Each reply is an object with a "title" and a "body".' },
    ]);
  });

  it('reads the replies of a Carebar backup, and gives every one a new id', () => {
    const backup = { format: 'carebar-backup', version: 1, exportedAt: 1, notes: [{ id: 'n', body: '"boilerplate": [' }], boilerplate: [reply('Kept')], policy: [] };
    const preview = readLibraryJson(JSON.stringify(backup), options());
    expect(byLine(preview)).toEqual({ rows: [[1, 'Kept']], errors: [] });
    expect(preview.rows[0]!.record.id).not.toBe('id-Kept');
  });

  it('says what is wrong with a file that is not replies', () => {
    expect(readLibraryJson('{"title": "x"', options()).errors[0]?.message).toMatch(/^This file is not valid JSON/);
    expect(readLibraryJson('{"notes": []}', options()).errors[0]?.message).toMatch(/an array of replies, or an object with a "boilerplate" array/);
  });

  it('is chosen by the file’s name, or by its first character', () => {
    expect(readLibraryFile('[]', 'replies.json', options()).format).toBe('json');
    expect(readLibraryFile('\uFEFF [{"title":"a","body":"b"}]', 'replies', options()).format).toBe('json');
    expect(readLibraryFile('title,body\n', 'replies.csv', options()).format).toBe('csv');
  });
});

describe('duplicates', () => {
  it('are found by title, whatever the case and spacing, in the library and earlier in the file', () => {
    const library = [reply('Refund delay')];
    const preview = readLibraryCsv('title,body\nrefund  DELAY,a\nOutage,b\n outage ,c\nNew,d\n', options(library));
    expect(preview.rows.map((row) => row.duplicate)).toEqual([{ of: 'library', id: 'id-Refund delay', title: 'Refund delay' }, undefined, { of: 'file', line: 3 }, undefined]);
    expect(titleKey(' Refund\tDelay ')).toBe(titleKey('refunddelay'));
  });

  it('are skipped unless chosen to replace: the library’s reply keeps its id, a file’s row gives up its place', () => {
    const library = [reply('Refund delay')];
    const preview = readLibraryCsv('title,body\nRefund delay,new text\nOutage,first\nOUTAGE,second\nNew,d\n', options(library));
    const skipped = importPlan(preview.rows, new Map());
    expect(skipped.records.map((record) => record.body)).toEqual(['first', 'd']);
    expect(skipped).toMatchObject({ replace: [], skipped: 2 });

    const replaced = importPlan(preview.rows, new Map([[2, 'replace'], [4, 'replace']]));
    expect(replaced.records.map((record) => [record.title, record.body])).toEqual([
      ['Refund delay', 'new text'],
      ['OUTAGE', 'second'],
      ['New', 'd'],
    ]);
    expect(replaced.records[0]!.id).toBe('id-Refund delay');
    expect(replaced.records[1]!.id).toBe(preview.rows[1]!.record.id);
    expect(replaced).toMatchObject({ replace: ['id-Refund delay'], skipped: 1 });
  });

  it('replacing the same stored reply twice keeps the last row', () => {
    const preview = readLibraryCsv('title,body\nA,one\na,two\n', options([reply('A')]));
    const plan = importPlan(preview.rows, new Map([[2, 'replace'], [3, 'replace']]));
    expect(plan.records.map((record) => [record.id, record.body])).toEqual([['id-A', 'two']]);
    expect(plan).toMatchObject({ replace: ['id-A'], skipped: 1 });
  });
});

describe('export', () => {
  const library = [
    reply('Outage', { body: 'We know.\nOn it, {name}.', shortBody: 'On it.', tags: ['outage', 'status'], codes: ['red', 'orange'], categories: ['outage'], networks: ['x'] }),
    reply('Formula', { body: '=HYPERLINK("http://evil")', tags: ['-1', '+x', '@me'] }),
    reply('Quote "this"', { body: '<b>bold</b>, "quoted"; and | piped' }),
  ];

  it('to CSV and back gives the same replies', () => {
    const csv = libraryCsv(library);
    expect(csv.startsWith('\uFEFFtitle,body,shortBody,tags,codes,categories,networks\r\n')).toBe(true);
    // A spreadsheet would run this as a formula; the apostrophe stops it.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    const preview = readLibraryCsv(csv, options());
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((row) => content(row.record))).toEqual(library.map(content));
  });

  it('to JSON and back gives the same replies', () => {
    const preview = readLibraryJson(libraryJson(library), options());
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((row) => content(row.record))).toEqual(library.map(content));
    const text = libraryJson(library);
    const opening = text.split('\n').flatMap((line, i) => (line === '  {' ? [i + 1] : []));
    expect(opening).toHaveLength(3);
    expect(readLibraryJson(text, options()).rows.map((row) => row.line)).toEqual(opening);
  });
});

describe('storing an import', () => {
  it('writes every reply with its outbox entries, a push’s worth each', async () => {
    const db = freshDatabase();
    const records = Array.from({ length: 250 }, (_, i) => reply(`R${i}`));
    expect(await importBoilerplate(db, records, [], 7)).toEqual({ added: 250, replaced: 0 });
    expect(await db.boilerplate.count()).toBe(250);
    const entries = await db.outbox.toArray();
    expect(entries.map((entry) => entry.mutations.length)).toEqual([MUTATIONS_PER_ENTRY, MUTATIONS_PER_ENTRY, 50]);
    expect((await queued(db))[249]).toEqual({ name: 'boilerplate.put', args: records[249] });
  });

  it('replaces only the replies named, and nothing at all when one is refused', async () => {
    const db = freshDatabase();
    await importBoilerplate(db, [reply('A'), reply('B')], [], 1);
    await expect(importBoilerplate(db, [reply('C'), reply('A', { body: 'changed' })], [], 2)).rejects.toThrow('“A” is already in the library');
    expect(await db.boilerplate.count()).toBe(2);
    expect(await db.outbox.count()).toBe(1);

    expect(await importBoilerplate(db, [reply('C'), reply('A', { body: 'changed' })], ['id-A'], 3)).toEqual({ added: 1, replaced: 1 });
    expect((await liveBoilerplate(db)).map((row) => [row.id, row.body]).sort()).toEqual([
      ['id-A', 'changed'],
      ['id-B', 'Hi {name}, about B.'],
      ['id-C', 'Hi {name}, about C.'],
    ]);
    await expect(importBoilerplate(db, [reply('D')], ['id-B'], 4)).rejects.toThrow('without giving its new text');
  });

  it('refuses to replace a reply deleted meanwhile', async () => {
    const db = freshDatabase();
    await importBoilerplate(db, [reply('A')], [], 1);
    await db.boilerplate.update('id-A', { deletedAt: 2 });
    await expect(importBoilerplate(db, [reply('A', { body: 'new' })], ['id-A'], 3)).rejects.toThrow('since been deleted');
    expect(await liveBoilerplate(db)).toEqual([]);
  });

  it('through the messages: export lists the live library, import stamps the background’s time', async () => {
    const db = freshDatabase();
    const { send } = background(db, 5_000);
    expect(await send('boilerplate/export', {})).toEqual({ library: [] });
    expect(await send('boilerplate/import', { records: [reply('A')], replace: [] })).toEqual({ added: 1, replaced: 0 });
    expect(await send('boilerplate/export', {})).toEqual({ library: [{ ...reply('A'), updatedAt: 5_000 }] });
    await expect(send('boilerplate/import', { records: [{ ...reply('B'), codes: ['purple' as 'red'] }], replace: [] })).rejects.toThrow(/Invalid "boilerplate\/import" message/);
  });
});
