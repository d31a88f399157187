import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PriorTracker } from '../../lib/classify/adapt';
import { main, type CliIo, type EngineFactory } from '../../lib/classify/cli/main';
import { createEngine, type Detectors } from '../../lib/classify/engine';
import { defaultPolicy } from '../../lib/classify/policy';
import type { IntentFinding, ModelScores, PiiFinding } from '../../lib/classify/types';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'test/fixtures/classify');
const MINUTE = 60_000;

/** Keyword fakes with known outputs, so the tests pin the engine and the CLI, not the models. */
const fakes: Detectors = {
  scoreText(text): ModelScores {
    const sentiment = /furious|worst|!!!/i.test(text)
      ? { negative: 0.9, neutral: 0.08, positive: 0.02 }
      : /thank|love/i.test(text)
        ? { negative: 0.02, neutral: 0.1, positive: 0.88 }
        : /\bmeh\b/i.test(text)
          ? { negative: 0.45, neutral: 0.5, positive: 0.05 }
          : { negative: 0.1, neutral: 0.8, positive: 0.1 };
    return { sentiment, offensive: 0, hate: 0, spam: /buy followers/i.test(text) ? 0.95 : 0 };
  },
  findPii(text): PiiFinding[] {
    const card = /\d{4} \d{4} \d{4} \d{4}/.exec(text);
    return card ? [{ kind: 'card', start: card.index, end: card.index + card[0].length }] : [];
  },
  findIntents(text): IntentFinding[] {
    const found: IntentFinding[] = [];
    if (/refund/i.test(text)) found.push({ intent: 'billing', reason: 'about billing or a charge' }, { intent: 'account', reason: 'about a specific order or account' });
    if (text.includes('?')) found.push({ intent: 'question', reason: 'asks a question' });
    return found;
  },
  detectLanguage: (text) => (/gracias|¿/i.test(text) ? 'unknown' : 'en'),
};

const policy = defaultPolicy();
const t0 = Date.parse('2024-05-01T09:00:00Z');

describe('engine', () => {
  it('adds the due time from the code and the policy, null without a time', () => {
    const engine = createEngine(fakes, { policy, adapt: false });
    expect(engine.classify({ id: '1', text: 'Do you ship to Canada?', createdAt: t0 })).toMatchObject({ code: 'orange', dueAt: t0 + 180 * MINUTE });
    expect(engine.classify({ id: '2', text: 'card 4111 1111 1111 1111', createdAt: t0 })).toMatchObject({ code: 'red', dueAt: t0 });
    expect(engine.classify({ id: '3', text: 'hello' }).dueAt).toBeNull();
  });

  it('reads the page context: replies by the brand and earlier posts by the same person', () => {
    const engine = createEngine(fakes, { policy, adapt: false });
    const result = engine.classify(
      { id: 'p3', text: 'hello?', author: 'Priya', createdAt: t0 },
      {
        replyHandles: ['someone', '@AcmeHelp'],
        brandHandles: ['acmehelp'],
        sightings: [
          { handle: 'priya', at: t0 - 10 * MINUTE, postId: 'p1' },
          { handle: 'priya', at: t0 - 20 * MINUTE, postId: 'p2' },
        ],
      },
    );
    expect(result.signals).toMatchObject({ alreadyAnswered: true, repeatPoster: true });
    expect(result.reasons).toEqual(['asks a question', 'already answered', 'repeat poster']);
  });

  it('adapts post by post through its tracker, and only on English posts', () => {
    const tracker = new PriorTracker([1 / 3, 1 / 3, 1 / 3], { minSamples: 5 });
    const engine = createEngine(fakes, { policy, adapt: true, tracker });
    expect(engine.classify({ id: 'm0', text: 'meh' }).sentiment.label).toBe('neutral');
    for (let i = 0; i < 10; i++) engine.classify({ id: `a${i}`, text: 'worst service, furious' });
    engine.classify({ id: 'es', text: '¿Dónde está mi pedido? gracias' });
    expect(tracker.count).toBe(11);
    // The mix has moved towards negative, so an undecided post now reads negative.
    expect(engine.classify({ id: 'm1', text: 'meh' })).toMatchObject({ code: 'orange', sentiment: { label: 'negative' } });
  });

  it('finds repeat posters within a batch', () => {
    const engine = createEngine(fakes, { policy, adapt: false });
    const posts = [0, 10, 20, 200].map((minutes, i) => ({ id: `b${i}`, text: 'hi', author: i === 3 ? 'omar' : 'Priya', createdAt: t0 + minutes * MINUTE }));
    const { results } = engine.classifyBatch(posts);
    expect(results.map((r) => r.signals.repeatPoster)).toEqual([true, true, true, false]);
  });

  it('estimates the class mix over a batch and applies it, reporting both mixes', () => {
    const posts = [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, text: 'worst ever, furious' })),
      ...Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, text: 'meh' })),
      { id: 'es', text: 'gracias' },
    ];
    const adapted = createEngine(fakes, { policy, adapt: true }).classifyBatch(posts);
    const plain = createEngine(fakes, { policy, adapt: false }).classifyBatch(posts);
    expect(plain.adaptation).toBeNull();
    expect(plain.results.find((r) => r.id === 'm0')?.code).toBe('green');
    expect(adapted.results.find((r) => r.id === 'm0')).toMatchObject({ code: 'orange', sentiment: { label: 'negative' } });
    expect(adapted.adaptation).toMatchObject({ posts: 50, converged: true, changedCodes: 10, training: { negative: 1 / 3, neutral: 1 / 3, positive: 1 / 3 } });
    expect(adapted.adaptation!.estimated.negative).toBeGreaterThan(0.6);
    expect(adapted.results.find((r) => r.id === 'es')?.reasons).toEqual(['unknown language']);
  });
});

/** An in-memory terminal with the fixture files and any extra ones. */
function terminal(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: (path) => {
      const content = files[path] ?? readFileSync(join(fixtures, path), 'utf8');
      return Promise.resolve(content);
    },
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const withFakes: EngineFactory = (options) => Promise.resolve(createEngine(fakes, options));
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('classify command line', () => {
  it('writes one JSON line per good row, in order, with exactly the issue’s fields', async () => {
    const term = terminal();
    expect(await main(['posts.csv'], term.io, withFakes)).toBe(0);
    const rows = lines(term.stdout());
    expect(rows.map((r) => r.id)).toEqual(['c1', 'c2', 'c3', 'c5', 'c6', '8']);
    for (const row of rows) expect(Object.keys(row)).toEqual(['id', 'code', 'categories', 'sentiment', 'intensity', 'signals', 'reasons']);
    expect(rows[0]).toMatchObject({ code: 'yellow', categories: ['billing', 'account', 'question'], sentiment: { label: 'neutral', score: 0.8 } });
    expect(rows[3]).toMatchObject({ code: 'red', signals: { pii: ['card'], repeatPoster: true } });
    expect(rows[1]).toMatchObject({ signals: { vip: true } });
  });

  it('reports malformed rows by line on stderr, then the summary', async () => {
    const term = terminal();
    await main(['posts.csv'], term.io, withFakes);
    const stderr = term.stderr();
    expect(stderr).toMatch(/^line 5: created_at: not a date .*\nline 9: expected 5 fields, found 7\n/);
    expect(stderr).toContain(['code    posts  share', 'red         1    17%', 'orange      3    50%', 'yellow      1    17%', 'green       1    17%', 'total       6'].join('\n'));
    expect(stderr).toContain(['category   posts', 'question       3', '(none)         1', 'account        1', 'billing        1', 'complaint      1', 'pii            1'].join('\n'));
    expect(stderr).toContain('adapting: on, but 6 English posts are too few to estimate from; the training mix stays');
    expect(stderr).toContain('skipped 2 malformed rows');
  });

  it('turns adapting off with --no-adapt', async () => {
    const term = terminal();
    await main(['--no-adapt', 'posts.jsonl'], term.io, withFakes);
    expect(lines(term.stdout()).map((r) => r.id)).toEqual(['j1', 'j2', '7']);
    expect(term.stderr()).toContain('adapting: off (--no-adapt)');
  });

  it('reads an X archive', async () => {
    const term = terminal();
    await main(['tweets.js'], term.io, withFakes);
    expect(lines(term.stdout()).map((r) => [r.id, r.code])).toEqual([
      ['1050118621198921728', 'green'],
      ['1050118621198921730', 'orange'],
    ]);
    expect(term.stderr()).toMatch(/^line 10: text: missing\n/);
  });

  it('takes the team policy from --policy', async () => {
    const teamPolicy = { ...defaultPolicy(), vipHandles: [{ network: 'x', handle: 'omar' }], influencerFollowers: 1_000_000 };
    const term = terminal({ 'team.json': JSON.stringify(teamPolicy) });
    await main(['--policy', 'team.json', 'posts.csv'], term.io, withFakes);
    const vips = lines(term.stdout()).filter((r) => (r.signals as { vip: boolean }).vip);
    expect(vips.map((r) => r.id)).toEqual(['c3']);
  });

  it('refuses a policy that is not one, before reading any posts', async () => {
    const term = terminal({ 'bad.json': JSON.stringify({ id: 'team', sla: { red: -1 } }), 'broken.json': '{' });
    expect(await main(['--policy', 'bad.json', 'posts.csv'], term.io, withFakes)).toBe(2);
    expect(term.stderr()).toMatch(/^policy bad\.json: /);
    expect(await main(['--policy', 'broken.json', 'posts.csv'], term.io, withFakes)).toBe(2);
    expect(term.stdout()).toBe('');
  });

  it('explains itself with --help and on wrong arguments', async () => {
    const help = terminal();
    expect(await main(['--help'], help.io, withFakes)).toBe(0);
    expect(help.stdout()).toContain('Usage: npm run classify -- [options] <file>');
    for (const argv of [[], ['a.csv', 'b.csv'], ['--frobnicate', 'posts.csv']]) {
      const term = terminal();
      expect(await main(argv, term.io, withFakes)).toBe(2);
      expect(term.stderr()).toContain('Usage:');
    }
  });

  it('fails cleanly on a file it cannot read or use', async () => {
    const missing = terminal();
    missing.io.readFile = () => Promise.reject(new Error("ENOENT: no such file or directory, open 'nope.csv'"));
    expect(await main(['nope.csv'], missing.io, withFakes)).toBe(2);
    expect(missing.stderr()).toBe("ENOENT: no such file or directory, open 'nope.csv'\n");
    const noText = terminal({ 'no-text.csv': 'id,body\n1,hi\n' });
    expect(await main(['no-text.csv'], noText.io, withFakes)).toBe(2);
    expect(noText.stderr()).toBe('no-text.csv: line 1: the header has no "text" column (found: id, body)\n');
  });

  it('fails with 1 when the classifier cannot start', async () => {
    const term = terminal();
    const broken: EngineFactory = () => Promise.reject(new Error('model file sentiment.json: missing'));
    expect(await main(['posts.csv'], term.io, broken)).toBe(1);
    expect(term.stderr()).toContain('cannot start the classifier: model file sentiment.json: missing');
  });
});

describe('npm run classify, as a process', () => {
  // Real detectors; the models are tiny fixtures whose zero weights leave the bias to decide
  // (neutral, nothing offensive), so the outcome rests on the PII and intent rules.
  const dir = mkdtempSync(join(tmpdir(), 'carebar-classify-'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts/classify.mjs'), '--models', join(fixtures, 'models'), ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, INIT_CWD: dir } });

  it('classifies a CSV file with a malformed row', () => {
    writeFileSync(
      join(dir, 'mentions.csv'),
      ['id,author,text', 'a,priya,"My card is 4111 1111 1111 1111, please help"', 'b,omar,"where is my refund", extra', 'c,lee,Thank you so much for the quick fix!', ''].join('\n'),
    );
    const result = run('mentions.csv');
    expect(result.status).toBe(0);
    const rows = lines(result.stdout);
    expect(rows.map((r) => [r.id, r.code])).toEqual([
      ['a', 'red'],
      ['c', 'green'],
    ]);
    expect(rows[0]).toMatchObject({ signals: { pii: ['card'] } });
    expect((rows[0]!.reasons as string[])[0]).toBe('card number in public');
    expect(result.stderr).toContain('line 3: expected 3 fields, found 4');
    expect(result.stderr).toContain('total       2');
  }, 30_000);

  it('classifies an X archive with --no-adapt', () => {
    writeFileSync(join(dir, 'tweets.js'), readFileSync(join(fixtures, 'tweets.js'), 'utf8'));
    const result = run('--no-adapt', 'tweets.js');
    expect(result.status).toBe(0);
    expect(lines(result.stdout).map((r) => r.id)).toEqual(['1050118621198921728', '1050118621198921730']);
    expect(result.stderr).toMatch(/^line 10: text: missing\n/);
    expect(result.stderr).toContain('adapting: off (--no-adapt)');
  }, 30_000);

  it('says what is missing when there are no models', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/classify.mjs'), '--models', dir, join(fixtures, 'posts.csv')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot start the classifier:');
  }, 30_000);
});
