import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseTime, PostFileError, readPosts } from '../../lib/classify/cli/read-posts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/classify', name), 'utf8');

describe('detectFormat', () => {
  it('knows an X archive by its assignment, JSON Lines by the brace, and CSV otherwise', () => {
    expect(detectFormat('window.YTD.tweets.part0 = [')).toBe('tweets.js');
    expect(detectFormat('window.YTD.tweet.part1 = [')).toBe('tweets.js');
    expect(detectFormat('\n {"text":"hi"}')).toBe('jsonl');
    expect(detectFormat('id,text\n1,hi')).toBe('csv');
  });
});

describe('readPosts: CSV', () => {
  const { format, posts, errors } = readPosts(fixture('posts.csv'));

  it('reads every good row with the line it starts on', () => {
    expect(format).toBe('csv');
    expect(posts.map((p) => [p.line, p.post.id])).toEqual([
      [2, 'c1'],
      [3, 'c2'],
      [4, 'c3'],
      [6, 'c5'],
      [7, 'c6'],
      [10, '8'],
    ]);
  });

  it('parses the optional fields', () => {
    expect(posts[0]!.post).toEqual({
      id: 'c1',
      text: 'My card was charged twice for order 5521, where is my refund??',
      author: 'priya_r_',
      followers: 120,
      createdAt: Date.parse('2024-05-01T09:00:00Z'),
    });
    expect(posts[1]!.post.author).toBe('DailyPlanetNews');
    expect(posts[2]!.post.followers).toBeUndefined();
  });

  it('keeps a quoted line break inside the text', () => {
    expect(posts[4]!.post.text).toBe('Quick one:\ndo you ship to Canada?');
  });

  it('uses the 1-based row number as the id when the row has none, counting malformed rows', () => {
    expect(posts[5]!.post).toMatchObject({ id: '8', createdAt: Date.parse('2024-05-01T09:30:00Z') });
  });

  it('reports malformed rows with their line', () => {
    expect(errors).toEqual([
      { line: 5, message: 'created_at: not a date (ISO 8601 or "Wed Oct 10 20:19:24 +0000 2018")' },
      { line: 9, message: 'expected 5 fields, found 7' },
    ]);
  });

  it('finds the columns by name in any order and case, ignoring the ones it does not know', () => {
    const result = readPosts('Lang,TEXT,Id\nen,hello,a1\n');
    expect(result.posts).toEqual([{ line: 2, post: { id: 'a1', text: 'hello' } }]);
  });

  it('skips blank lines and a byte-order mark, and reads CRLF', () => {
    const result = readPosts('\uFEFFtext\r\nfirst\r\n\r\nsecond\r\n');
    expect(result.posts.map((p) => [p.line, p.post.text])).toEqual([
      [2, 'first'],
      [4, 'second'],
    ]);
  });

  it('reports an empty text and a bad follower count', () => {
    const result = readPosts('text,followers\n   ,3\nhi,many\nok,-1\n');
    expect(result.errors).toEqual([
      { line: 2, message: 'text: empty' },
      { line: 3, message: 'followers: expected a whole number' },
      { line: 4, message: 'followers: expected a whole number' },
    ]);
  });

  it('reports an unterminated quote and stops there', () => {
    const result = readPosts('id,text\n1,fine\n2,"never closed\n3,lost\n');
    expect(result.posts).toHaveLength(1);
    expect(result.errors).toEqual([{ line: 3, message: 'malformed CSV: Quoted field unterminated' }]);
  });

  it('refuses a file without a text column, or without anything', () => {
    expect(() => readPosts('id,body\n1,hi\n')).toThrow(PostFileError);
    expect(() => readPosts('id,body\n1,hi\n')).toThrow('line 1: the header has no "text" column (found: id, body)');
    expect(() => readPosts('')).toThrow(PostFileError);
  });
});

describe('readPosts: JSON Lines', () => {
  const { format, posts, errors } = readPosts(fixture('posts.jsonl'));

  it('reads good lines and numbers rows by line', () => {
    expect(format).toBe('jsonl');
    expect(posts.map((p) => [p.line, p.post.id])).toEqual([
      [1, 'j1'],
      [2, 'j2'],
      [7, '7'],
    ]);
    expect(posts[2]!.post).toEqual({ id: '7', text: 'Do you ship to Canada?', author: 'omar', followers: 15_000, createdAt: undefined });
  });

  it('reports broken JSON, wrong fields and non-objects', () => {
    expect(errors).toEqual([
      { line: 4, message: 'not valid JSON' },
      { line: 5, message: 'followers: expected a whole number' },
      { line: 6, message: 'expected a JSON object' },
    ]);
  });

  it('treats null as absent and reports a missing text', () => {
    const result = readPosts('{"id":"a","author":null,"text":"hi"}\n{"id":"b"}\n');
    expect(result.posts[0]!.post).toEqual({ id: 'a', text: 'hi', author: undefined, followers: undefined, createdAt: undefined });
    expect(result.errors).toEqual([{ line: 2, message: 'text: missing' }]);
  });

  it('uses the row number as id when a line has none', () => {
    expect(readPosts('{"text":"a"}\n\n{"text":"b"}\n').posts.map((p) => p.post.id)).toEqual(['1', '2']);
  });
});

describe('readPosts: X archive tweets.js', () => {
  const { format, posts, errors } = readPosts(fixture('tweets.js'));

  it('reads id_str, full_text without HTML escaping, and X’s date format', () => {
    expect(format).toBe('tweets.js');
    expect(posts[0]).toEqual({
      line: 2,
      post: { id: '1050118621198921728', text: 'Thanks @AcmeHelp, fixed & working again <3', createdAt: Date.parse('2018-10-10T20:19:24Z'), author: undefined, followers: undefined },
    });
  });

  it('reports a tweet without text at the line its element starts, and goes on', () => {
    expect(errors).toEqual([{ line: 10, message: 'text: missing' }]);
    expect(posts[1]).toMatchObject({ line: 16, post: { id: '1050118621198921730', text: "Is the app down? I can't log in [again], {still}" } });
  });

  it('reads bare tweets of older archives and reports broken elements', () => {
    const result = readPosts('window.YTD.tweet.part0 = [\n{"id_str":"1","full_text":"hi, there"},\n{"id_str": oops},\n{"id_str":"3","full_text":"bye"}\n]');
    expect(result.posts.map((p) => p.post.id)).toEqual(['1', '3']);
    expect(result.errors).toEqual([{ line: 3, message: 'not valid JSON' }]);
  });

  it('reports elements that are not tweets', () => {
    const result = readPosts('window.YTD.tweets.part0 = [ 42, {"tweet": {"id_str": 5, "full_text": "x"}} ]');
    expect(result.errors.map((e) => e.message)).toEqual(['not a tweet: Invalid input: expected object, received number', 'not a tweet: id_str: Invalid input: expected string, received number']);
  });

  it('refuses an archive file without its array', () => {
    expect(() => readPosts('window.YTD.tweets.part0 = {}')).toThrow(PostFileError);
  });
});

describe('parseTime', () => {
  it('reads ISO 8601 with a zone, an offset, or none (UTC)', () => {
    expect(parseTime('2024-05-01T09:00:00Z')).toBe(Date.UTC(2024, 4, 1, 9));
    expect(parseTime('2024-05-01T09:00:00.250+02:00')).toBe(Date.UTC(2024, 4, 1, 7, 0, 0, 250));
    expect(parseTime('2024-05-01 09:00')).toBe(Date.UTC(2024, 4, 1, 9));
    expect(parseTime('2024-05-01T09:00:00-0530')).toBe(Date.UTC(2024, 4, 1, 14, 30));
    expect(parseTime('2024-05-01')).toBe(Date.UTC(2024, 4, 1));
  });

  it('reads X’s created_at', () => {
    expect(parseTime('Wed Oct 10 20:19:24 +0000 2018')).toBe(Date.UTC(2018, 9, 10, 20, 19, 24));
    expect(parseTime('Wed Oct 10 20:19:24 -0100 2018')).toBe(Date.UTC(2018, 9, 10, 21, 19, 24));
  });

  it('refuses dates that do not exist and other text', () => {
    expect(parseTime('2024-02-30T10:00:00Z')).toBeNull();
    expect(parseTime('2024-05-01T24:00:00Z')).toBeNull();
    expect(parseTime('Wed Foo 10 20:19:24 +0000 2018')).toBeNull();
    expect(parseTime('yesterday')).toBeNull();
    expect(parseTime('1714554000000')).toBeNull();
  });
});
