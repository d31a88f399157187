import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lib/classify/policy';
import { dueAt, formatTimeLeft, timeLeft } from '../../lib/classify/sla';
import type { Policy } from '../../lib/sync/records';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NY = 'America/New_York';

type Day = Policy['hours']['days'][number];

function policyWith(timeZone: string, days: Day[], sla: Partial<Policy['sla']> = {}): Policy {
  const base = defaultPolicy();
  return { ...base, sla: { ...base.sla, ...sla }, hours: { timeZone, days } };
}

/** Every weekday in `days` (0 = Sunday) from `from` to `to`. */
function daily(from: string, to: string, days = [0, 1, 2, 3, 4, 5, 6]): Day[] {
  return days.map((day) => ({ day, from, to }));
}

const utc = (iso: string) => Date.parse(iso);

describe('dueAt with the default policy', () => {
  const policy = defaultPolicy();
  const t = utc('2024-05-15T10:00:00Z');

  it('adds each code’s default minutes around the clock', () => {
    expect(dueAt('orange', t, policy)).toBe(t + 180 * MINUTE);
    expect(dueAt('yellow', t, policy)).toBe(t + 60 * MINUTE);
    expect(dueAt('green', t, policy)).toBe(t + 240 * MINUTE);
  });

  it('makes red due at once', () => {
    expect(dueAt('red', t, policy)).toBe(t);
  });

  it('counts the default 24-hour windows back to back across midnight', () => {
    const late = utc('2024-05-15T23:30:00Z');
    expect(dueAt('green', late, policy)).toBe(late + 240 * MINUTE);
  });
});

describe('dueAt within office hours (New York, 09:00–17:00 Monday to Friday)', () => {
  const policy = policyWith(NY, daily('09:00', '17:00', [1, 2, 3, 4, 5]));

  it('counts straight through when the post arrives in hours', () => {
    // Monday 8 January 2024, 10:00 EST.
    expect(dueAt('yellow', utc('2024-01-08T15:00:00Z'), policy)).toBe(utc('2024-01-08T16:00:00Z'));
  });

  it('starts the clock at opening for a post that arrives before it', () => {
    expect(dueAt('yellow', utc('2024-01-08T12:00:00Z'), policy)).toBe(utc('2024-01-08T15:00:00Z'));
  });

  it('carries what is left at closing over to the next morning', () => {
    // Monday 16:30: 30 minutes today, 150 from Tuesday 09:00.
    expect(dueAt('orange', utc('2024-01-08T21:30:00Z'), policy)).toBe(utc('2024-01-09T16:30:00Z'));
  });

  it('skips the weekend', () => {
    // Friday 16:00: one hour on Friday, two from Monday 09:00.
    expect(dueAt('orange', utc('2024-01-12T21:00:00Z'), policy)).toBe(utc('2024-01-15T16:00:00Z'));
    // Saturday noon: nothing runs until Monday 09:00.
    expect(dueAt('yellow', utc('2024-01-13T17:00:00Z'), policy)).toBe(utc('2024-01-15T15:00:00Z'));
  });

  it('makes red due at once even on a Sunday', () => {
    const sunday = utc('2024-01-14T17:00:00Z');
    expect(dueAt('red', sunday, policy)).toBe(sunday);
  });

  it('is due exactly at closing when the SLA ends there', () => {
    expect(dueAt('yellow', utc('2024-01-08T21:00:00Z'), policy)).toBe(utc('2024-01-08T22:00:00Z'));
  });

  it('uses the team’s own SLA minutes', () => {
    const custom = policyWith(NY, daily('09:00', '17:00', [1, 2, 3, 4, 5]), { red: 15 });
    expect(dueAt('red', utc('2024-01-08T15:00:00Z'), custom)).toBe(utc('2024-01-08T15:15:00Z'));
  });
});

describe('dueAt across DST changes in New York', () => {
  it('opens at 09:00 EDT the morning after clocks spring forward', () => {
    // Saturday 9 March 16:00 EST: one hour left that day, two more from Sunday 09:00 EDT (13:00Z).
    const policy = policyWith(NY, daily('09:00', '17:00'));
    expect(dueAt('orange', utc('2024-03-09T21:00:00Z'), policy)).toBe(utc('2024-03-10T15:00:00Z'));
  });

  it('counts real minutes through an overnight shift that loses an hour', () => {
    // Saturday 22:00 EST to Sunday 06:00 EDT is 7 real hours. A green post at 23:00 EST is due
    // four real hours later: 04:00 EDT, not the 03:00 a wall clock would say.
    const policy = policyWith(NY, daily('22:00', '06:00'));
    expect(dueAt('green', utc('2024-03-10T04:00:00Z'), policy)).toBe(utc('2024-03-10T08:00:00Z'));
    // The shift holds 420 minutes; 421 spill into Sunday night's 22:00 EDT opening (02:00Z).
    const p421 = policyWith(NY, daily('22:00', '06:00'), { green: 421 });
    expect(dueAt('green', utc('2024-03-10T03:00:00Z'), p421)).toBe(utc('2024-03-11T02:01:00Z'));
  });

  it('opens a window whose start the clock skips at the moment after the jump', () => {
    // 02:30 does not exist on 10 March; it reads as 03:30 EDT (07:30Z).
    const policy = policyWith(NY, [{ day: 0, from: '02:30', to: '08:00' }]);
    expect(dueAt('yellow', utc('2024-03-10T06:00:00Z'), policy)).toBe(utc('2024-03-10T08:30:00Z'));
  });

  it('opens at 09:00 EST the morning after clocks fall back', () => {
    // Saturday 2 November 16:30 EDT: 30 minutes, then 150 from Sunday 09:00 EST (14:00Z).
    const policy = policyWith(NY, daily('09:00', '17:00'));
    expect(dueAt('orange', utc('2024-11-02T20:30:00Z'), policy)).toBe(utc('2024-11-03T16:30:00Z'));
  });

  it('counts real minutes through an overnight shift that gains an hour', () => {
    // Saturday 22:00 EDT (02:00Z) to Sunday 06:00 EST (11:00Z) is 9 real hours.
    const policy = policyWith(NY, daily('22:00', '06:00'), { green: 540 });
    expect(dueAt('green', utc('2024-11-03T02:00:00Z'), policy)).toBe(utc('2024-11-03T11:00:00Z'));
    const longer = policyWith(NY, daily('22:00', '06:00'), { green: 541 });
    // Sunday 22:00 EST is 03:00Z on Monday.
    expect(dueAt('green', utc('2024-11-03T02:00:00Z'), longer)).toBe(utc('2024-11-04T03:01:00Z'));
  });

  it('opens a window at a repeated time on its first occurrence', () => {
    // 01:30 happens twice on 3 November; the first is 01:30 EDT (05:30Z).
    const policy = policyWith(NY, [{ day: 0, from: '01:30', to: '04:00' }]);
    expect(dueAt('yellow', utc('2024-11-03T04:00:00Z'), policy)).toBe(utc('2024-11-03T06:30:00Z'));
  });

  it('gives a 24-hour window on the short day its 23 real hours', () => {
    const policy = policyWith(NY, [{ day: 0, from: '00:00', to: '00:00' }], { green: 23 * 60 });
    // Sunday 10 March 00:00 EST (05:00Z) to Monday 00:00 EDT (04:00Z).
    expect(dueAt('green', utc('2024-03-10T05:00:00Z'), policy)).toBe(utc('2024-03-11T04:00:00Z'));
    const more = policyWith(NY, [{ day: 0, from: '00:00', to: '00:00' }], { green: 23 * 60 + 1 });
    // The next Sunday opens at 00:00 EDT, 04:00Z on 17 March.
    expect(dueAt('green', utc('2024-03-10T05:00:00Z'), more)).toBe(utc('2024-03-17T04:01:00Z'));
  });
});

describe('dueAt with overnight hours (22:00–06:00, shifts starting Monday to Friday)', () => {
  const policy = policyWith('Europe/Berlin', daily('22:00', '06:00', [1, 2, 3, 4, 5]));

  it('keeps counting in the shift that opened the evening before', () => {
    // Tuesday 16 January 2024, 05:30 CET (04:30Z): 30 minutes now, 30 from Tuesday 22:00.
    expect(dueAt('yellow', utc('2024-01-16T04:30:00Z'), policy)).toBe(utc('2024-01-16T21:30:00Z'));
  });

  it('waits for the evening for a post in the day', () => {
    expect(dueAt('yellow', utc('2024-01-16T11:00:00Z'), policy)).toBe(utc('2024-01-16T22:00:00Z'));
  });

  it('lets Friday’s shift run into Saturday morning, then waits for Monday night', () => {
    // Saturday 05:30: 30 minutes of Friday's shift, 30 from Monday 22:00.
    expect(dueAt('yellow', utc('2024-01-20T04:30:00Z'), policy)).toBe(utc('2024-01-22T21:30:00Z'));
  });
});

describe('dueAt with unusual policies', () => {
  it('merges overlapping entries into one opening', () => {
    const policy = policyWith('UTC', [
      { day: 1, from: '09:00', to: '12:00' },
      { day: 1, from: '11:00', to: '14:00' },
    ]);
    // Monday 8 January 2024 10:00: four hours are open, 10:00–14:00, counted once.
    expect(dueAt('orange', utc('2024-01-08T10:00:00Z'), policy)).toBe(utc('2024-01-08T13:00:00Z'));
    expect(dueAt('green', utc('2024-01-08T10:00:00Z'), policy)).toBe(utc('2024-01-08T14:00:00Z'));
    const longer = policyWith('UTC', policy.hours.days, { green: 241 });
    expect(dueAt('green', utc('2024-01-08T10:00:00Z'), longer)).toBe(utc('2024-01-15T09:01:00Z'));
  });

  it('reads entries in any order', () => {
    const policy = policyWith('UTC', [
      { day: 1, from: '14:00', to: '18:00' },
      { day: 1, from: '08:00', to: '10:00' },
    ]);
    expect(dueAt('orange', utc('2024-01-08T07:00:00Z'), policy)).toBe(utc('2024-01-08T15:00:00Z'));
  });

  it('counts plain time when the policy has no hours at all', () => {
    const t = utc('2024-01-13T12:00:00Z');
    expect(dueAt('yellow', t, policyWith(NY, []))).toBe(t + HOUR);
  });

  it('reads an unknown time zone as UTC', () => {
    const policy = policyWith('Mars/Olympus_Mons', daily('09:00', '17:00'));
    expect(dueAt('yellow', utc('2024-01-08T08:00:00Z'), policy)).toBe(utc('2024-01-08T10:00:00Z'));
  });

  it('still ends an SLA longer than the horizon it searches', () => {
    const policy = policyWith('UTC', [{ day: 1, from: '09:00', to: '10:00' }], { green: 1_000_000 });
    const t = utc('2024-01-08T09:00:00Z');
    const due = dueAt('green', t, policy);
    expect(due).toBeGreaterThan(t + 1_000_000 * MINUTE);
    expect(Number.isFinite(due)).toBe(true);
  });
});

describe('dueAt agrees with a minute-by-minute count', () => {
  // An independent oracle: walk the minutes and ask Intl whether each one is open. Opening and
  // closing times avoid 01:00–02:59, where the two readings of skipped and repeated times differ.
  const wallFormat = new Intl.DateTimeFormat('en-US', { timeZone: NY, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' });
  const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

  function isOpen(instant: number, days: Day[]): boolean {
    const parts = Object.fromEntries(wallFormat.formatToParts(instant).map((p) => [p.type, p.value]));
    const weekday = WEEKDAYS.indexOf(parts.weekday!);
    const now = Number(parts.hour) * 60 + Number(parts.minute);
    return days.some(({ day, from, to }) => {
      const [f, t] = [from, to].map((s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3)));
      if (t! > f!) return weekday === day && now >= f! && now < t!;
      return (weekday === day && now >= f!) || (weekday === (day + 1) % 7 && now < t!);
    });
  }

  let seed = 7;
  const random = () => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const TIMES = ['00:00', '03:00', '06:30', '09:00', '12:15', '17:00', '20:45', '22:00', '23:30'];
  const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;

  it('on random policies across both 2024 changes', () => {
    for (let round = 0; round < 40; round++) {
      const days = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({ day: Math.floor(random() * 7), from: pick(TIMES), to: pick(TIMES) }));
      const minutes = 1 + Math.floor(random() * 300);
      const policy = policyWith(NY, days, { yellow: minutes });
      const base = round % 2 === 0 ? utc('2024-03-08T00:00:00Z') : utc('2024-11-01T00:00:00Z');
      const createdAt = base + Math.floor(random() * 4 * 24 * 60) * MINUTE;
      const due = dueAt('yellow', createdAt, policy);
      let open = 0;
      for (let t = createdAt; t < due; t += MINUTE) if (isOpen(t, days)) open++;
      expect({ round, open }).toEqual({ round, open: minutes });
      expect(isOpen(due - MINUTE, days)).toBe(true);
    }
  });
});

describe('timeLeft and formatTimeLeft', () => {
  it('is the difference, negative when overdue', () => {
    expect(timeLeft(10_000, 4_000)).toBe(6_000);
    expect(timeLeft(4_000, 10_000)).toBe(-6_000);
  });

  it('spells minutes, hours and days', () => {
    expect(formatTimeLeft(42 * MINUTE)).toBe('42m');
    expect(formatTimeLeft(2 * HOUR + 5 * MINUTE)).toBe('2h 5m');
    expect(formatTimeLeft(2 * HOUR)).toBe('2h');
    expect(formatTimeLeft(27 * HOUR + 10 * MINUTE)).toBe('1d 3h');
    expect(formatTimeLeft(48 * HOUR)).toBe('2d');
  });

  it('rounds time left up, so nothing in time reads 0m', () => {
    expect(formatTimeLeft(30_000)).toBe('1m');
    expect(formatTimeLeft(59 * MINUTE + 1)).toBe('1h');
  });

  it('says overdue, rounding down', () => {
    expect(formatTimeLeft(-10 * MINUTE)).toBe('overdue 10m');
    expect(formatTimeLeft(-(HOUR + 5 * MINUTE + 59_000))).toBe('overdue 1h 5m');
    expect(formatTimeLeft(-30_000)).toBe('due now');
    expect(formatTimeLeft(0)).toBe('due now');
  });
});
