import type { Policy, TriageCode } from '../sync/records';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MINUTES_PER_DAY = 24 * 60;

/**
 * How far ahead to look for open hours. A policy with any hours at all opens every week, so only
 * an absurd SLA runs past this; the rest of it is then counted in plain time.
 */
const HORIZON_DAYS = 366;

type Hours = Policy['hours'];
type Window = readonly [open: number, close: number];

/**
 * When a post with this code must be answered. The SLA minutes count only while the team is
 * monitoring (`policy.hours`, in the policy's own time zone, DST included): a post that arrives
 * after closing starts its clock at the next opening.
 *
 * How `hours.days` reads: each entry opens on weekday `day` (0 = Sunday) at `from` local time and
 * closes at `to` the same day; a `to` at or before `from` closes the next day, so "22:00"–"06:00"
 * is overnight and "00:00"–"00:00" is a full 24 hours. Overlapping entries simply add up to one
 * longer opening. Local times the clock skips in spring read as the moment after the jump; times
 * it repeats in autumn read as the first of the two.
 *
 * An SLA of 0 (Red by default) is due at once, open or not: content to remove can't wait for
 * Monday. A configuration slip never loses every deadline: a policy without any hours counts
 * plain time, and a time zone this runtime does not know reads as UTC.
 */
export function dueAt(code: TriageCode, createdAt: number, policy: Policy): number {
  const duration = policy.sla[code] * MINUTE;
  if (duration === 0 || policy.hours.days.length === 0) return createdAt + duration;
  return addOpenTime(createdAt, duration, policy.hours);
}

/** Milliseconds until `due`; negative once it has passed. */
export function timeLeft(due: number, now: number): number {
  return due - now;
}

/**
 * "42m", "2h 5m", "1d 3h", "due now", "overdue 10m". Time left rounds up, so a post never reads
 * "0m" while it is still in time; time overdue rounds down.
 */
export function formatTimeLeft(ms: number): string {
  if (ms > 0) return spellMinutes(Math.ceil(ms / MINUTE));
  const late = Math.floor(-ms / MINUTE);
  return late === 0 ? 'due now' : `overdue ${spellMinutes(late)}`;
}

function spellMinutes(total: number): string {
  const days = Math.floor(total / MINUTES_PER_DAY);
  const hours = Math.floor((total % MINUTES_PER_DAY) / 60);
  const minutes = total % 60;
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

function addOpenTime(start: number, duration: number, hours: Hours): number {
  let remaining = duration;
  let cursor = start;
  for (const [open, close] of openWindows(start, hours)) {
    // Windows can overlap (two entries, or last night's overnight one): the cursor never goes back.
    if (close <= cursor) continue;
    const from = Math.max(open, cursor);
    if (from + remaining <= close) return from + remaining;
    remaining -= close - from;
    cursor = close;
  }
  return cursor + remaining;
}

/** Opening windows in UTC, in order of opening, from the local day before `start`'s onwards. */
function* openWindows(start: number, hours: Hours): Generator<Window> {
  const zone = zoneFor(hours.timeZone);
  const today = new Date(zone.wallClock(start));
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    const date = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offset);
    const weekday = new Date(date).getUTCDay();
    const windows = hours.days
      .filter((entry) => entry.day === weekday)
      .map((entry): Window => {
        const from = minutesOf(entry.from);
        const to = minutesOf(entry.to);
        const closeDay = to > from ? date : date + DAY;
        return [zone.toInstant(date + from * MINUTE), zone.toInstant(closeDay + to * MINUTE)];
      })
      .sort((a, b) => a[0] - b[0]);
    yield* windows;
  }
}

function minutesOf(hhmm: string): number {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Wall-clock arithmetic in one IANA zone. A wall time is written as the epoch milliseconds of
 * the same date and time in UTC, which makes local days and minutes plain additions.
 */
class Zone {
  private readonly format: Intl.DateTimeFormat;
  /** Window edges by wall time: every post of a day asks for the same few, and each costs four Intl calls. */
  private readonly instants = new Map<number, number>();

  constructor(timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** The local wall time at an instant, to the second. */
  wallClock(instant: number): number {
    const field: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of this.format.formatToParts(instant)) field[part.type] = Number(part.value);
    return Date.UTC(field.year ?? 1970, (field.month ?? 1) - 1, field.day ?? 1, field.hour ?? 0, field.minute ?? 0, field.second ?? 0);
  }

  /**
   * The instant a wall time happens. The zone's offsets a day either side bracket any DST
   * change; a wall time that both reproduce is repeated (autumn) and the earlier wins; one that
   * neither reproduces was skipped (spring) and the offset from before the jump moves it past.
   */
  toInstant(wall: number): number {
    const known = this.instants.get(wall);
    if (known !== undefined) return known;
    const before = wall - this.offsetAt(wall - DAY);
    const after = wall - this.offsetAt(wall + DAY);
    const exact = [before, after].filter((instant) => this.wallClock(instant) === wall);
    const instant = exact.length > 0 ? Math.min(...exact) : before;
    if (this.instants.size >= MAX_CACHED_INSTANTS) this.instants.clear();
    this.instants.set(wall, instant);
    return instant;
  }

  private offsetAt(instant: number): number {
    const whole = instant - (((instant % 1000) + 1000) % 1000);
    return this.wallClock(whole) - whole;
  }
}

/** A few years of window edges for a busy policy; past that the cache starts over. */
const MAX_CACHED_INSTANTS = 10_000;

const zones = new Map<string, Zone>();

function zoneFor(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    try {
      zone = new Zone(timeZone);
    } catch {
      zone = zoneFor('UTC');
    }
    zones.set(timeZone, zone);
  }
  return zone;
}
