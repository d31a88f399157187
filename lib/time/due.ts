const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** "Tomorrow morning" means the start of a working day. */
const MORNING_HOUR = 9;

export const PRESETS = {
  'in-1h': 'In 1 hour',
  'in-3h': 'In 3 hours',
  'tomorrow-morning': 'Tomorrow morning',
} as const;
export type Preset = keyof typeof PRESETS;

export function presetDue(preset: Preset, now: number): number {
  switch (preset) {
    case 'in-1h':
      return now + HOUR;
    case 'in-3h':
      return now + 3 * HOUR;
    case 'tomorrow-morning': {
      const morning = new Date(now);
      morning.setDate(morning.getDate() + 1);
      morning.setHours(MORNING_HOUR, 0, 0, 0);
      return morning.getTime();
    }
  }
}

/** Snoozing pushes the reminder forward from now, whether it was late or not. */
export function snoozedDue(now: number, by = HOUR): number {
  return now + by;
}

export const SNOOZE_MS = HOUR;

/** A due time for a list: "today 14:00", "tomorrow 09:00", or the date. */
export function describeDue(dueAt: number, now: number, locale?: string): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(dueAt);
  const days = dayNumber(dueAt) - dayNumber(now);
  if (days === 0) return `today ${time}`;
  if (days === 1) return `tomorrow ${time}`;
  if (days === -1) return `yesterday ${time}`;
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(dueAt);
}

function dayNumber(time: number): number {
  const d = new Date(time);
  return Math.round(new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() / (24 * HOUR));
}
