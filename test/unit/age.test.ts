import { describe, expect, it } from 'vitest';
import { describeTime, formatAge } from '../../lib/time/age';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('formatAge', () => {
  it.each([
    ['2026-11-23T11:59:58Z', 'now'],
    ['2026-11-23T11:59:18Z', '42s'],
    ['2026-11-23T11:55:00Z', '5m'],
    ['2026-11-23T09:00:00Z', '3h'],
    ['2026-11-21T12:00:00Z', '2d'],
    ['2026-11-23T12:05:00Z', 'now'],
  ])('%s is %s', (time, expected) => {
    expect(formatAge(time, NOW)).toBe(expected);
  });

  it('prints older posts as a date, with the year only when it differs', () => {
    expect(formatAge('2026-03-04T10:00:00Z', NOW, 'en-US')).toBe('Mar 4');
    expect(formatAge('2024-03-04T10:00:00Z', NOW, 'en-US')).toBe('Mar 4, 2024');
  });

  it('prints nothing for a missing or broken time', () => {
    expect(formatAge(null, NOW)).toBe('');
    expect(formatAge('yesterday', NOW)).toBe('');
  });
});

describe('describeTime', () => {
  it('spells the time out, or says there is none', () => {
    expect(describeTime('2026-11-23T11:55:00Z', 'en-US')).toMatch(/Nov 23, 2026/);
    expect(describeTime(null)).toBe('no time shown');
    expect(describeTime('garbage')).toBe('no time shown');
  });
});
