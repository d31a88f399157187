import Papa from 'papaparse';
import { z } from 'zod';
import type { PostInput } from '../types';

/**
 * Posts from a file: CSV with a header row and a `text` column, JSON Lines with the same
 * fields, or the `tweets.js` of an X archive. Optional fields: `id`, `author`, `followers`,
 * `created_at` (ISO 8601, where a time without a zone is UTC, or X's "Wed Oct 10 20:19:24
 * +0000 2018"). A row that does not fit is reported with the line it starts on and skipped.
 */

export type PostFormat = 'csv' | 'jsonl' | 'tweets.js';

export interface FilePost {
  /** 1-based line the row starts on. */
  line: number;
  post: PostInput;
}

export interface RowError {
  line: number;
  message: string;
}

export interface ReadResult {
  format: PostFormat;
  posts: FilePost[];
  errors: RowError[];
}

/** The file as a whole cannot be read (no `text` column, a `tweets.js` without its array). */
export class PostFileError extends Error {
  override name = 'PostFileError';
}

const TWEETS_JS_PREFIX = /^\s*window\.YTD\.[\w.]+\s*=\s*/;

export function detectFormat(text: string): PostFormat {
  if (TWEETS_JS_PREFIX.test(text)) return 'tweets.js';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

export function readPosts(input: string): ReadResult {
  const text = input.replace(/^\uFEFF/, '');
  const format = detectFormat(text);
  const reader = format === 'csv' ? readCsv : format === 'jsonl' ? readJsonLines : readTweetsJs;
  return { format, ...reader(text) };
}

/** Absent, empty and null all mean "not given": CSV has no other way to say it. */
const absent = (value: unknown) => (value === '' || value === null ? undefined : value);
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

const rowSchema = z.object({
  id: z.preprocess((v) => absent(trimmed(v)), z.union([z.string().max(64), z.int().nonnegative().transform(String)]).optional()),
  text: z.string({ error: 'missing' }).refine((t) => t.trim() !== '', 'empty'),
  author: z.preprocess(
    (v) => absent(trimmed(v)),
    z
      .string()
      .max(128)
      .transform((handle) => handle.replace(/^@/, ''))
      .optional(),
  ),
  followers: z.preprocess(
    (v) => absent(trimmed(v)),
    z.union([z.int().nonnegative(), z.string().regex(/^\d+$/, 'a whole number').transform(Number)], { error: 'expected a whole number' }).optional(),
  ),
  created_at: z.preprocess(
    (v) => absent(trimmed(v)),
    z
      .string()
      .transform((value, ctx) => {
        const time = parseTime(value);
        if (time === null) ctx.issues.push({ code: 'custom', message: 'not a date (ISO 8601 or "Wed Oct 10 20:19:24 +0000 2018")', input: value });
        return time ?? 0;
      })
      .optional(),
  ),
});

type RowOutcome = { post: PostInput } | { message: string };

/** One row as a post; `row` is the 1-based data row, the id when the file has none. */
function toPost(fields: unknown, row: number): RowOutcome {
  const parsed = rowSchema.safeParse(fields);
  if (!parsed.success) return { message: describeIssues(parsed.error) };
  const { id, text, author, followers, created_at: createdAt } = parsed.data;
  return { post: { id: id ?? String(row), text, author, followers, createdAt } };
}

/** "followers: expected a whole number; created_at: not a date …" */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`)).join('; ');
}

class Collector {
  readonly posts: FilePost[] = [];
  readonly errors: RowError[] = [];
  private rows = 0;

  /** Counts the row even when it is malformed, so row numbers (and default ids) match the file. */
  add(line: number, fields: unknown): void {
    const outcome = toPost(fields, ++this.rows);
    if ('post' in outcome) this.posts.push({ line, post: outcome.post });
    else this.errors.push({ line, message: outcome.message });
  }

  reject(line: number, message: string): void {
    this.rows++;
    this.errors.push({ line, message });
  }
}

function readCsv(text: string): Omit<ReadResult, 'format'> {
  if (text.trim() === '') throw new PostFileError('the file is empty: expected a header row with a "text" column');
  const collector = new Collector();
  const lines = lineCounter(text);
  let header: string[] | null = null;
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    header: false,
    step: ({ data: fields, errors, meta }) => {
      const line = lines(rowStart);
      rowStart = meta.cursor;
      if (fields.length === 1 && fields[0]?.trim() === '') return;
      if (header === null) {
        header = fields.map((name) => name.trim().toLowerCase());
        if (!header.includes('text')) throw new PostFileError(`line ${line}: the header has no "text" column (found: ${fields.join(', ')})`);
        return;
      }
      const [error] = errors;
      if (error) collector.reject(line, `malformed CSV: ${error.message}`);
      else if (fields.length !== header.length) collector.reject(line, `expected ${header.length} fields, found ${fields.length}`);
      else collector.add(line, byColumn(header, fields));
    },
  });
  return collector;
}

function byColumn(header: readonly string[], fields: readonly string[]): Record<string, string> {
  const record: Record<string, string> = {};
  header.forEach((name, i) => {
    if (!(name in record)) record[name] = fields[i] ?? '';
  });
  return record;
}

function readJsonLines(text: string): Omit<ReadResult, 'format'> {
  const collector = new Collector();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const value = parseJson(raw);
    if (value === undefined) collector.reject(line, 'not valid JSON');
    else if (typeof value !== 'object' || value === null || Array.isArray(value)) collector.reject(line, 'expected a JSON object');
    else collector.add(line, value);
  });
  return collector;
}

const tweetSchema = z.object({
  id_str: z.string().optional(),
  id: z.union([z.string(), z.int()]).optional(),
  full_text: z.string().optional(),
  text: z.string().optional(),
  created_at: z.string().optional(),
});

/**
 * `window.YTD.tweets.part0 = [ { "tweet": { … } }, … ]`. Each element is parsed on its own, so
 * one broken tweet costs only itself and is reported at the line it starts on.
 */
function readTweetsJs(text: string): Omit<ReadResult, 'format'> {
  const collector = new Collector();
  const lines = lineCounter(text);
  const open = text.replace(TWEETS_JS_PREFIX, (prefix) => ' '.repeat(prefix.length)).search(/\S/);
  if (text.charAt(open) !== '[') throw new PostFileError('not an X archive: expected "window.YTD.tweets.part0 = [" and a list of tweets');
  for (const { start, end } of arrayElements(text, open)) {
    const line = lines(start);
    const value = parseJson(text.slice(start, end));
    if (value === undefined) {
      collector.reject(line, 'not valid JSON');
      continue;
    }
    // Current archives wrap each tweet as { "tweet": { … } }; older ones list the tweets bare.
    const tweet = tweetSchema.safeParse(typeof value === 'object' && value !== null && 'tweet' in value ? value.tweet : value);
    if (!tweet.success) {
      collector.reject(line, `not a tweet: ${describeIssues(tweet.error)}`);
      continue;
    }
    const { id_str: idStr, id, full_text: fullText, text: shortText, created_at: createdAt } = tweet.data;
    const body = fullText ?? shortText;
    collector.add(line, { id: idStr ?? id, text: body === undefined ? undefined : decodeEntities(body), created_at: createdAt });
  }
  return collector;
}

/**
 * The top-level elements of the JSON array opening at `open`, as offsets. It reads only
 * strings and brackets, so a broken element still ends at the next top-level comma.
 */
function arrayElements(text: string, open: number): { start: number; end: number }[] {
  const elements: { start: number; end: number }[] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  for (let i = open; i < text.length; i++) {
    const ch = text.charAt(i);
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (depth === 1 && start === -1 && !/[\s,\]]/.test(ch)) start = i;
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    if (depth === 1 && ch === ',' && start !== -1) {
      elements.push({ start, end: i });
      start = -1;
    }
    if (depth === 0) {
      if (start !== -1) elements.push({ start, end: i });
      return elements;
    }
  }
  if (start !== -1) elements.push({ start, end: text.length });
  return elements;
}

/** X archives keep the HTML escaping of the web client in the text. */
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The 1-based line of an offset, for offsets asked in increasing order: one pass over the text in all. */
function lineCounter(text: string): (offset: number) => number {
  let line = 1;
  let counted = 0;
  return (offset) => {
    for (; counted < offset; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const X_TIME = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;

/** Milliseconds since the epoch, or null for anything that is not a real date and time. */
export function parseTime(value: string): number | null {
  const iso = ISO_TIME.exec(value);
  if (iso) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone = 'Z'] = iso;
    const ms = Math.floor(Number(`0.${fraction}`) * 1000);
    return utc([year, month, day, hour, minute, second].map(Number), ms, zone);
  }
  const x = X_TIME.exec(value);
  if (x) {
    const [, month = '', day, hour, minute, second, zone = '', year] = x;
    return utc([Number(year), MONTHS.indexOf(month) + 1, ...[day, hour, minute, second].map(Number)], 0, zone);
  }
  return null;
}

/** Date.UTC would roll 31 February over into March; a date that does not come back unchanged is refused. */
function utc(fields: number[], ms: number, zone: string): number | null {
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = fields;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  const exact =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && date.getUTCHours() === hour && date.getUTCMinutes() === minute && date.getUTCSeconds() === second;
  if (!exact) return null;
  if (zone.toUpperCase() === 'Z') return date.getTime();
  const digits = zone.replace(':', '');
  const offset = (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * (digits.startsWith('-') ? -1 : 1);
  return date.getTime() - offset * 60_000;
}
