import { describe, expect, it } from 'vitest';
import { describeDue, presetDue, snoozedDue } from '../../lib/time/due';
import { parseDue } from '../../lib/time/parse-due';

const HOUR = 3_600_000;
/** Monday 23 November 2026, 14:00 local time. */
const now = new Date(2026, 10, 23, 14, 0).getTime();

describe('parseDue', () => {
  it('reads relative times, short units included', () => {
    expect(parseDue('in 2h', now)).toEqual({ ok: true, dueAt: now + 2 * HOUR });
    expect(parseDue('in 2 hours', now)).toEqual({ ok: true, dueAt: now + 2 * HOUR });
    expect(parseDue('in 90m', now)).toEqual({ ok: true, dueAt: now + 1.5 * HOUR });
    expect(parseDue('in 1 min', now)).toEqual({ ok: true, dueAt: now + 60_000 });
  });

  it('reads days and clock times, always forward', () => {
    expect(parseDue('tomorrow 9am', now)).toEqual({ ok: true, dueAt: new Date(2026, 10, 24, 9, 0).getTime() });
    expect(parseDue('friday 14:00', now)).toEqual({ ok: true, dueAt: new Date(2026, 10, 27, 14, 0).getTime() });
    expect(parseDue('monday 9:00', now)).toEqual({ ok: true, dueAt: new Date(2026, 10, 30, 9, 0).getTime() });
  });

  it('says why it cannot use a text', () => {
    expect(parseDue('  ', now)).toMatchObject({ ok: false, reason: expect.stringMatching(/Type when/) as unknown });
    expect(parseDue('whenever', now)).toMatchObject({ ok: false, reason: expect.stringMatching(/not a time/) as unknown });
    expect(parseDue('yesterday 9am', now)).toMatchObject({ ok: false, reason: expect.stringMatching(/already passed/) as unknown });
  });
});

describe('presets and snoozing', () => {
  it('gives 1 hour, 3 hours and tomorrow at 9:00', () => {
    expect(presetDue('in-1h', now)).toBe(now + HOUR);
    expect(presetDue('in-3h', now)).toBe(now + 3 * HOUR);
    expect(presetDue('tomorrow-morning', now)).toBe(new Date(2026, 10, 24, 9, 0).getTime());
    expect(presetDue('tomorrow-morning', new Date(2026, 11, 31, 23, 30).getTime())).toBe(new Date(2027, 0, 1, 9, 0).getTime());
  });

  it('snoozes from now, however late the reminder was', () => {
    expect(snoozedDue(now)).toBe(now + HOUR);
  });

  it('describes a due time relative to today', () => {
    expect(describeDue(now + HOUR, now, 'en-GB')).toBe('today 15:00');
    expect(describeDue(presetDue('tomorrow-morning', now), now, 'en-GB')).toBe('tomorrow 09:00');
    expect(describeDue(now - 24 * HOUR, now, 'en-GB')).toBe('yesterday 14:00');
  });
});
