const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A post's age the way the networks print it: "now", "42s", "5m", "3h", "2d", then the date.
 * Times in the future (clock skew) read as "now".
 */
export function formatAge(time: string | null, now: number, locale?: string): string {
  if (time === null) return '';
  const then = Date.parse(time);
  if (Number.isNaN(then)) return '';
  const elapsed = now - then;
  if (elapsed < 5_000) return 'now';
  if (elapsed < MINUTE) return `${Math.floor(elapsed / 1000)}s`;
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)}m`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)}h`;
  if (elapsed < 7 * DAY) return `${Math.floor(elapsed / DAY)}d`;
  const sameYear = new Date(then).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) }).format(then);
}

/** The age spelled out for screen readers and tooltips. */
export function describeTime(time: string | null, locale?: string): string {
  if (time === null) return 'no time shown';
  const then = Date.parse(time);
  if (Number.isNaN(then)) return 'no time shown';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}
