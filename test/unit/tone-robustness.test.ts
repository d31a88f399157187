import { describe, expect, it } from 'vitest';
import { checkReply, type ReplyContext } from '../../lib/tone';
import { applyFix, tone, UPSET } from './tone-helpers';

const EVERYTHING: ReplyContext = {
  ...UPSET,
  network: 'x',
  tone: tone({ avoid: [{ phrase: 'ticket', replacement: 'case' }], signOff: '^AB', readingGrade: 6 }),
};

const MESSY = [
  'Obviously, you should have read the FAQ!!! We apologize for any inconvenience lol 😂',
  'PLEASE reply with your card number here. As I already said, per our policy refunds take 10 days.',
  "Hi Sam, that's not our fault. Just restart it :) Your card 4111 1111 1111 1111 is fine. Ticket 55.",
  'Kindly note: we regret to inform you that YOUR ORDER IS LATE!!',
];

describe('checkReply on any input', () => {
  it('returns findings sorted by start, inside the text', () => {
    for (const text of MESSY) {
      const findings = checkReply(text, EVERYTHING);
      expect(findings.length).toBeGreaterThan(2);
      for (const [i, finding] of findings.entries()) {
        expect(finding.start).toBeGreaterThanOrEqual(0);
        expect(finding.end).toBeGreaterThanOrEqual(finding.start);
        expect(finding.end).toBeLessThanOrEqual(text.length);
        expect(finding.message).not.toBe('');
        if (i > 0) expect(finding.start).toBeGreaterThanOrEqual(findings[i - 1]!.start);
      }
    }
  });

  it('gives fixes that leave no doubled spaces, stray commas or lower-case sentence starts', () => {
    for (const text of MESSY) {
      for (const finding of checkReply(text, EVERYTHING)) {
        if (!finding.fix) continue;
        const fixed = applyFix(text, finding);
        expect(fixed, `${finding.rule} on ${text}`).not.toMatch(/ {2}| [,.!?]|^[,. ]|[.!?] [a-z]/);
      }
    }
  });

  it('returns nothing for an empty or blank reply', () => {
    expect(checkReply('', EVERYTHING)).toEqual([]);
    expect(checkReply(' \n\t ', EVERYTHING)).toEqual([]);
  });

  it('reads HTML and scripts as plain text', () => {
    const text = '<script>alert("OBVIOUSLY HACKED")</script><img src=x onerror=alert(1)> simply <b>wrong</b>!!';
    const findings = checkReply(text, EVERYTHING);
    expect(findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['shouting', 'condescending', 'exclamations']));
  });

  it('handles a 50,000-character paste', () => {
    const text = `${MESSY.join(' ')} `.repeat(140).slice(0, 50_000);
    const findings = checkReply(text, EVERYTHING);
    expect(findings.some((finding) => finding.rule === 'too-long')).toBe(true);
    expect(findings.length).toBeGreaterThan(100);
  });

  it('handles pathological runs without throwing', () => {
    for (const text of ['!'.repeat(50_000), 'a'.repeat(50_000), '😂'.repeat(20_000), '.'.repeat(50_000), '\ud83d'.repeat(1000), 'A '.repeat(25_000)]) {
      expect(() => checkReply(text, EVERYTHING)).not.toThrow();
    }
  });

  it('compiles a policy once and still sees a changed one', () => {
    const first = tone({ avoid: [{ phrase: 'ticket', replacement: 'case' }] });
    expect(checkReply('Your ticket is open.', { tone: first }).map((finding) => finding.rule)).toEqual(['team-avoid']);
    const second = { ...first, avoid: [{ phrase: 'open', replacement: 'active' }] };
    const findings = checkReply('Your ticket is open.', { tone: second });
    expect(findings.map((finding) => finding.fix?.replacement)).toEqual(['active']);
  });
});
