import { describe, expect, it } from 'vitest';
import { fillTemplate, parseTemplate, templateProblems } from '../../lib/boilerplate/placeholders';

describe('parseTemplate', () => {
  it('splits a body into text and placeholders with their offsets', () => {
    expect(parseTemplate('Hi {name}, see {link}')).toEqual([
      { kind: 'text', text: 'Hi ', start: 0, end: 3 },
      { kind: 'placeholder', name: 'name', start: 3, end: 9 },
      { kind: 'text', text: ', see ', start: 9, end: 15 },
      { kind: 'placeholder', name: 'link', start: 15, end: 21 },
    ]);
  });

  it('knows the five placeholders whatever their case', () => {
    const names = parseTemplate('{name}{HANDLE}{Agent}{link}{ticket}').flatMap((s) => (s.kind === 'placeholder' ? [s.name] : []));
    expect(names).toEqual(['name', 'handle', 'agent', 'link', 'ticket']);
  });

  it('reads {{ and }} as literal braces, the text segment covering the source', () => {
    expect(parseTemplate('Use {{SPRING}} at checkout')).toEqual([{ kind: 'text', text: 'Use {SPRING} at checkout', start: 0, end: 26 }]);
    expect(parseTemplate('{{{name}}}')).toEqual([
      { kind: 'text', text: '{', start: 0, end: 2 },
      { kind: 'placeholder', name: 'name', start: 2, end: 8 },
      { kind: 'text', text: '}', start: 8, end: 10 },
    ]);
  });

  it('marks unknown placeholders and unbalanced braces as problems, keeping their source', () => {
    expect(parseTemplate('Hi {nmae} }')).toEqual([
      { kind: 'text', text: 'Hi ', start: 0, end: 3 },
      { kind: 'problem', problem: 'unknown placeholder', text: '{nmae}', start: 3, end: 9 },
      { kind: 'text', text: ' ', start: 9, end: 10 },
      { kind: 'problem', problem: 'unbalanced brace', text: '}', start: 10, end: 11 },
    ]);
  });

  it('does not let a placeholder run across a line or another brace', () => {
    expect(parseTemplate('{name\n}').filter((s) => s.kind === 'problem').map((s) => [s.text, s.start])).toEqual([
      ['{', 0],
      ['}', 6],
    ]);
    expect(parseTemplate('{na{me}').map((s) => (s.kind === 'problem' ? `${s.problem}:${s.text}` : s.kind))).toEqual([
      'unbalanced brace:{',
      'text',
      'unknown placeholder:{me}',
    ]);
  });
});

describe('templateProblems', () => {
  it('finds nothing wrong in a good body, escapes included', () => {
    expect(templateProblems('Hi {name}, code {{SPRING}} works until {{date}}. ^{agent}')).toEqual([]);
  });

  it('names an unknown placeholder, where it is (from 1), the known ones and the likely one', () => {
    const [problem, ...rest] = templateProblems('Thanks a lot {nmae}!');
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      kind: 'unknown placeholder',
      message: 'Unknown placeholder {nmae} at character 14; known: {name}, {handle}, {agent}, {link}, {ticket}. Did you mean {name}?',
      start: 13,
      end: 19,
    });
  });

  it('guesses nothing when no known name is close', () => {
    expect(templateProblems('{order number}')[0]?.message).toBe(
      'Unknown placeholder {order number} at character 1; known: {name}, {handle}, {agent}, {link}, {ticket}.',
    );
  });

  it('reports each unbalanced brace with the escape that would make it text', () => {
    expect(templateProblems('Hi {name, bye }').map((p) => p.message)).toEqual([
      'Unbalanced brace at character 4: a "{" without its "}". Write {{ or }} for a brace meant as text.',
      'Unbalanced brace at character 15: a "}" without its "{". Write {{ or }} for a brace meant as text.',
    ]);
  });

  it('goes through a 50,000-character paste of braces without throwing', () => {
    const body = '{{x} {nmae} { } }}'.repeat(2_800);
    const problems = templateProblems(body);
    expect(problems.length).toBeGreaterThan(5_000);
    expect(problems.every((p) => p.end > p.start && p.end <= body.length)).toBe(true);
    expect(templateProblems('{ '.repeat(25_000))).toHaveLength(25_000);
    expect(fillTemplate('x} '.repeat(16_000), {}).text).toBe('x} '.repeat(16_000));
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder, a handle always with one "@"', () => {
    const filled = fillTemplate('Hi {name} ({handle}), see {link}. Case {ticket} ^{agent}', {
      name: 'Priya',
      handle: 'priya_r',
      link: 'https://help.example.com/a',
      ticket: '#4521',
      agent: 'JS',
    });
    expect(filled).toEqual({ text: 'Hi Priya (@priya_r), see https://help.example.com/a. Case #4521 ^JS', unfilled: [] });
    expect(fillTemplate('{handle}', { handle: '@@priya' }).text).toBe('@priya');
  });

  it('puts a visible marker for a missing value, never braces, and says where it is', () => {
    const filled = fillTemplate('Thanks {name}! More here: {link} ^{agent}', { name: 'Sam', agent: '  ' });
    expect(filled.text).toBe('Thanks Sam! More here: [link] ^[agent]');
    expect(filled.unfilled.map((u) => [u.name, filled.text.slice(u.start, u.end)])).toEqual([
      ['link', '[link]'],
      ['agent', '[agent]'],
    ]);
  });

  it('inserts values as text: braces, placeholders and HTML in a value stay as written', () => {
    const hostile = { name: '{link}<img src=x onerror=alert(1)>', link: '{name}', handle: '{{ticket}}' };
    const filled = fillTemplate('Hi {name} / {link} / {handle}', hostile);
    expect(filled.text).toBe('Hi {link}<img src=x onerror=alert(1)> / {name} / @{{ticket}}');
    expect(filled.unfilled).toEqual([]);
  });

  it('keeps unknown placeholders and stray braces as literal text, and resolves escapes', () => {
    expect(fillTemplate('Hi {nmae}, use {{CODE}} } {', {}).text).toBe('Hi {nmae}, use {CODE} } {');
  });

  it('leaves no brace in a reply from a body with only known placeholders', () => {
    const filled = fillTemplate('{name}{handle}{agent}{link}{ticket}', {});
    expect(filled.text).toBe('[name][handle][agent][link][ticket]');
    expect(filled.text).not.toMatch(/[{}]/);
  });
});
