import Papa from 'papaparse';
import { boilerplateSchema, triageCodeSchema, type Boilerplate } from '../sync/records';
import { templateProblems } from './placeholders';

/**
 * The team's reply library as a file a manager edits in a spreadsheet (CSV) or keeps as JSON.
 *
 * CSV: a header row naming the columns below (any order, case and spacing ignored; only
 * `title` and `body` are required), then one reply a row. Commas, semicolons or tabs separate
 * the cells, whichever the header uses. A cell with a line break, a quote or a separator is
 * quoted ("…", a quote inside doubled), as every spreadsheet writes it. The list columns (`tags`,
 * `codes`, `categories`, `networks`) hold several values separated by `;` or `|`, so a value
 * cannot itself contain either. A byte-order mark and Windows line ends are read as nothing
 * and as plain line ends. On export a cell that a spreadsheet would run as a formula (starting
 * with = + - @, a tab or a carriage return) is written with a leading apostrophe, and that
 * apostrophe is dropped again on import.
 *
 * JSON: an array of replies, or an object with a `boilerplate` array (a Carebar backup), each
 * with the same fields; lists as arrays (or as text separated like CSV's). Ids and times in
 * the file are ignored: every imported reply is new, and replacing one is chosen by title.
 */

export const LIBRARY_COLUMNS = ['title', 'body', 'shortBody', 'tags', 'codes', 'categories', 'networks'] as const;
export type LibraryColumn = (typeof LIBRARY_COLUMNS)[number];

/** What the import message accepts at once: more than any team's library. */
export const MAX_IMPORT_ROWS = 20_000;

export type Duplicate =
  /** A reply already in the library has this title. */
  | { of: 'library'; id: string; title: string }
  /** An earlier row of the same file has this title. */
  | { of: 'file'; line: number };

export interface ImportRow {
  /** Where the row starts in the file, counting from 1 (a CSV's header is line 1). */
  line: number;
  record: Boilerplate;
  duplicate?: Duplicate;
}

export interface ImportProblem {
  line: number;
  message: string;
}

/** A file read and checked, before anything is stored: rows that can be imported, and what is wrong with the others. */
export interface ImportPreview {
  format: 'csv' | 'json';
  rows: ImportRow[];
  errors: ImportProblem[];
}

export interface ReadOptions {
  /** The live library, to find titles already in it. */
  existing: readonly Boilerplate[];
  now: number;
  newId?: () => string;
}

export type DuplicateChoice = 'skip' | 'replace';

/** What to send to be stored: new replies, and which stored replies they take the place of. */
export interface ImportPlan {
  records: Boilerplate[];
  /** Ids of stored replies replaced; each is the id of one of `records`. */
  replace: string[];
  /** Rows of the file left out as duplicates. */
  skipped: number;
}

const FIELD_LABELS: Record<LibraryColumn, string> = {
  title: 'Title',
  body: 'Reply text',
  shortBody: 'Short variant',
  tags: 'Tags',
  codes: 'Codes',
  categories: 'Categories',
  networks: 'Networks',
};
const LIST_SEPARATOR = /[;|]/;
const EXPORT_LIST_SEPARATOR = '; ';
const CODE_NAMES = triageCodeSchema.options.join(', ');
const BOM = '\uFEFF';

/** Titles that differ only in case or spacing are the same reply. */
export function titleKey(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Reads a file the manager chose, as JSON when its name or its first character says so, else as CSV. */
export function readLibraryFile(text: string, fileName: string, options: ReadOptions): ImportPreview {
  const start = text.replace(BOM, '').trimStart().charAt(0);
  const json = /\.json$/i.test(fileName) || (!/\.(csv|tsv|txt)$/i.test(fileName) && (start === '[' || start === '{'));
  return json ? readLibraryJson(text, options) : readLibraryCsv(text, options);
}

export function readLibraryCsv(text: string, options: ReadOptions): ImportPreview {
  const source = withoutBom(text).replace(/\r\n?/g, '\n');
  const errors: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  const firstLine = source.slice(0, source.indexOf('\n') === -1 ? undefined : source.indexOf('\n'));
  const header = readHeader(firstLine);
  if ('problem' in header) return { format: 'csv', rows, errors: [{ line: 1, message: header.problem }] };

  const lines = lineCounter(source);
  let rowStart = 0;
  let isHeader = true;
  Papa.parse<string[]>(source, {
    delimiter: header.delimiter,
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result, parser) => {
      const line = lines(rowStart);
      rowStart = result.meta.cursor;
      if (isHeader) {
        isHeader = false;
        return;
      }
      if (rows.length + errors.length >= MAX_IMPORT_ROWS) {
        errors.push({ line, message: `Only ${MAX_IMPORT_ROWS.toLocaleString('en')} replies can be imported at once; this row and the ones after it were not read.` });
        parser.abort();
        return;
      }
      const cells = result.data;
      const broken = result.errors.map((error) => csvErrorText(error.code));
      if (cells.length > header.columns.length) broken.push(`This row has ${cells.length} cells; the header names ${header.columns.length}. Quote a cell that contains "${header.delimiter}".`);
      if (broken.length > 0) {
        for (const message of broken) errors.push({ line, message });
        return;
      }
      const fields: Partial<Record<LibraryColumn, string>> = {};
      header.columns.forEach((column, i) => (fields[column] = unescapeFormula(cells[i] ?? '')));
      collect(line, fields, options, rows, errors);
    },
  });
  return { format: 'csv', rows: markDuplicates(rows, options.existing), errors };
}

export function readLibraryJson(text: string, options: ReadOptions): ImportPreview {
  const source = withoutBom(text);
  const fail = (message: string): ImportPreview => ({ format: 'json', rows: [], errors: [{ line: 1, message }] });
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (error) {
    return fail(`This file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  const wrapped = !Array.isArray(raw);
  const items: unknown = wrapped && typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).boilerplate : raw;
  if (!Array.isArray(items)) return fail('A JSON file of replies is an array of replies, or an object with a "boilerplate" array, as a Carebar backup has.');
  if (items.length > MAX_IMPORT_ROWS) return fail(`This file has ${items.length.toLocaleString('en')} replies; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} can be imported at once.`);

  const lines = elementLines(source, wrapped ? 'boilerplate' : null);
  const errors: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  items.forEach((item: unknown, i) => {
    const line = lines[i] ?? 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ line, message: 'Each reply is an object with a "title" and a "body".' });
      return;
    }
    const fields: Partial<Record<LibraryColumn, unknown>> = {};
    const unknownKeys: string[] = [];
    for (const [key, value] of Object.entries(item)) {
      if ((LIBRARY_COLUMNS as readonly string[]).includes(key)) fields[key as LibraryColumn] = value;
      else if (key !== 'id' && key !== 'updatedAt') unknownKeys.push(key);
    }
    if (unknownKeys.length > 0) {
      errors.push({ line, message: `Unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((key) => `"${key}"`).join(', ')}; a reply has ${LIBRARY_COLUMNS.join(', ')}.` });
      return;
    }
    collect(line, fields, options, rows, errors);
  });
  return { format: 'json', rows: markDuplicates(rows, options.existing), errors };
}

/** The library as CSV with a header row, lists joined with "; ", Windows line ends as spreadsheets expect. */
export function libraryCsv(library: readonly Boilerplate[]): string {
  const data = library.map((reply) => [
    reply.title,
    reply.body,
    reply.shortBody ?? '',
    reply.tags.join(EXPORT_LIST_SEPARATOR),
    reply.codes.join(EXPORT_LIST_SEPARATOR),
    reply.categories.join(EXPORT_LIST_SEPARATOR),
    reply.networks.join(EXPORT_LIST_SEPARATOR),
  ]);
  // A BOM, so a spreadsheet opening the file reads it as UTF-8 and not as the system's code page.
  return BOM + Papa.unparse({ fields: [...LIBRARY_COLUMNS], data }, { newline: '\r\n', escapeFormulae: true });
}

export function libraryJson(library: readonly Boilerplate[]): string {
  return `${JSON.stringify(library, null, 2)}\n`;
}

/**
 * Turns the manager's choices into what is stored. Every duplicate is skipped unless chosen to
 * replace: a duplicate of the library then takes that reply's place under its id (the team
 * server sees an edit, not a delete and a new reply); a duplicate of an earlier row takes that
 * row's place. Of several rows replacing the same reply, the last one in the file wins.
 */
export function importPlan(rows: readonly ImportRow[], choices: ReadonlyMap<number, DuplicateChoice>): ImportPlan {
  const records: Boilerplate[] = [];
  const replace: string[] = [];
  const slot = new Map<string, number>();
  let skipped = 0;
  for (const { line, record, duplicate } of rows) {
    const key = titleKey(record.title);
    const at = slot.get(key);
    if (duplicate === undefined) {
      slot.set(key, records.length);
      records.push(record);
      continue;
    }
    if ((choices.get(line) ?? 'skip') === 'skip') {
      skipped += 1;
      continue;
    }
    const id = duplicate.of === 'library' ? duplicate.id : at === undefined ? record.id : (records[at]?.id ?? record.id);
    const replacing = { ...record, id };
    if (at !== undefined) {
      records[at] = replacing;
      skipped += 1;
    } else {
      slot.set(key, records.length);
      records.push(replacing);
      replace.push(id);
    }
  }
  return { records, replace, skipped };
}

function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

type Header = { columns: LibraryColumn[]; delimiter: string } | { problem: string };

const COLUMN_BY_NAME = new Map<string, LibraryColumn>(LIBRARY_COLUMNS.map((column) => [column.toLowerCase(), column]));

/** The header decides the separator: the one that splits it into the most known column names. */
function readHeader(line: string): Header {
  let best: { delimiter: string; names: string[]; known: number } | undefined;
  for (const delimiter of [',', ';', '\t']) {
    const names = line.split(delimiter).map((name) => name.trim().replace(/^"|"$/g, '').replace(/[\s_-]+/g, '').toLowerCase());
    const known = names.filter((name) => COLUMN_BY_NAME.has(name)).length;
    if (best === undefined || known > best.known) best = { delimiter, names, known };
  }
  if (!best || best.known === 0) return { problem: `The first row is not a header naming the columns. Columns: ${LIBRARY_COLUMNS.join(', ')} (title and body required).` };
  const columns: LibraryColumn[] = [];
  for (const name of best.names) {
    const column = COLUMN_BY_NAME.get(name);
    if (column === undefined) return { problem: `Unknown column "${name}" in the header. Columns: ${LIBRARY_COLUMNS.join(', ')}.` };
    if (columns.includes(column)) return { problem: `The column "${column}" is named twice in the header.` };
    columns.push(column);
  }
  const missing = (['title', 'body'] as const).filter((column) => !columns.includes(column));
  if (missing.length > 0) return { problem: `The header has no ${missing.map((column) => `"${column}"`).join(' or ')} column; each reply needs both.` };
  return { columns, delimiter: best.delimiter };
}

/** Line numbers of positions met in increasing order, counted once over the whole text. */
function lineCounter(text: string): (position: number) => number {
  const firstContent = /\s*/y;
  let counted = 0;
  let line = 1;
  return (position) => {
    // Blank lines skipped before a row belong to no row: its line is that of its first character.
    firstContent.lastIndex = position;
    firstContent.test(text);
    const start = Math.min(firstContent.lastIndex, text.length);
    for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line += 1;
    counted = Math.max(counted, start);
    return line;
  };
}

function csvErrorText(code: string): string {
  if (code === 'MissingQuotes') return 'A quoted cell is never closed: the rest of the file was read into it. Close the quote, or double a quote meant as text ("").';
  if (code === 'InvalidQuotes') return 'A quote inside a cell that is not quoted. Quote the whole cell and double the quote ("").';
  return 'This row could not be read as CSV.';
}

const FORMULA_ESCAPE = /^'(?=[=+\-@\t\r])/;

function unescapeFormula(cell: string): string {
  return cell.replace(FORMULA_ESCAPE, '');
}

function collect(line: number, fields: Partial<Record<LibraryColumn, unknown>>, options: ReadOptions, rows: ImportRow[], errors: ImportProblem[]): void {
  const result = toRecord(fields, options);
  if ('problems' in result) for (const message of result.problems) errors.push({ line, message });
  else rows.push({ line, record: result.record });
}

function toRecord(fields: Partial<Record<LibraryColumn, unknown>>, { now, newId = () => crypto.randomUUID() }: ReadOptions): { record: Boilerplate } | { problems: string[] } {
  const problems: string[] = [];
  /** The trimmed text, or undefined when the field holds something else (reported). */
  const text = (column: LibraryColumn): string | undefined => {
    const value = fields[column];
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return value.trim();
    problems.push(`${FIELD_LABELS[column]}: expected text, found ${Array.isArray(value) ? 'a list' : typeof value}.`);
    return undefined;
  };
  const list = (column: LibraryColumn): string[] => {
    const value = fields[column];
    if (value === undefined || value === null) return [];
    if (typeof value === 'string') return splitList(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map((item: string) => item.trim()).filter(Boolean);
    problems.push(`${FIELD_LABELS[column]}: expected a list of text.`);
    return [];
  };

  const title = text('title');
  const body = text('body');
  const shortBody = text('shortBody') ?? '';
  if (title === '') problems.push('No title: each reply needs one.');
  if (body === '') problems.push('No reply text: the body is empty.');
  const codes = list('codes').map((code) => code.toLowerCase());
  const unknownCodes = codes.filter((code) => !triageCodeSchema.safeParse(code).success);
  if (unknownCodes.length > 0) problems.push(`Unknown code${unknownCodes.length > 1 ? 's' : ''} ${unknownCodes.map((code) => `"${code}"`).join(', ')}; codes are ${CODE_NAMES}.`);
  const candidate = {
    id: newId(),
    title,
    body,
    ...(shortBody ? { shortBody } : {}),
    tags: list('tags'),
    codes: [...new Set(codes)],
    categories: list('categories'),
    networks: list('networks').map((network) => network.toLowerCase()),
    updatedAt: now,
  };
  problems.push(...templateProblems(body ?? '').map((problem) => `Reply text: ${problem.message}`));
  problems.push(...templateProblems(shortBody).map((problem) => `Short variant: ${problem.message}`));
  if (problems.length > 0) return { problems };
  const parsed = boilerplateSchema.safeParse(candidate);
  if (parsed.success) return { record: parsed.data };
  return { problems: parsed.error.issues.map((issue) => `${fieldLabel(issue.path[0])}: ${issue.message}`) };
}

function fieldLabel(key: PropertyKey | undefined): string {
  return Object.hasOwn(FIELD_LABELS, key ?? '') ? FIELD_LABELS[key as LibraryColumn] : String(key);
}

function splitList(value: string): string[] {
  return value
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean);
}

function markDuplicates(rows: ImportRow[], existing: readonly Boilerplate[]): ImportRow[] {
  const library = new Map<string, Boilerplate>();
  for (const reply of existing) if (!library.has(titleKey(reply.title))) library.set(titleKey(reply.title), reply);
  const firstLine = new Map<string, number>();
  return rows.map((row) => {
    const key = titleKey(row.record.title);
    const stored = library.get(key);
    if (stored) return { ...row, duplicate: { of: 'library', id: stored.id, title: stored.title } };
    const earlier = firstLine.get(key);
    if (earlier !== undefined) return { ...row, duplicate: { of: 'file', line: earlier } };
    firstLine.set(key, row.line);
    return row;
  });
}

/**
 * The line each element of the replies array starts on, for a text already known to be valid
 * JSON: the root array, or the array under `key` in the root object.
 */
function elementLines(text: string, key: string | null): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let targetDepth = key === null ? 1 : -1;
  let expectElement = false;
  let keyStart = -1;
  let lastKey: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\n') {
      line += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') continue;
    if (expectElement && depth === targetDepth && char !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (char === '"') {
      keyStart = i;
      // Skips the string; a line break cannot occur inside one in valid JSON.
      for (i += 1; i < text.length && text.charAt(i) !== '"'; i++) if (text.charAt(i) === '\\') i += 1;
      if (key !== null && depth === 1) lastKey = JSON.parse(text.slice(keyStart, i + 1)) as string;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (char === '[' && key !== null && depth === 2 && lastKey === key) targetDepth = 2;
      if (char === '[' && depth === targetDepth) expectElement = true;
    } else if (char === ']' || char === '}') {
      if (depth === targetDepth && char === ']') return lines;
      depth -= 1;
    } else if (char === ',' && depth === targetDepth) {
      expectElement = true;
    }
  }
  return lines;
}
