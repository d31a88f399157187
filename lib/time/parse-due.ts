import * as chrono from 'chrono-node';

/** Kept to the background: chrono's grammars are too big for a content script. */
export type ParsedDue = { ok: true; dueAt: number } | { ok: false; reason: string };

/**
 * Reads a due time typed as people say it: "in 2h", "tomorrow 9am", "friday 14:00". A weekday
 * or a bare time means the next one to come, never one already past.
 */
export function parseDue(text: string, now: number): ParsedDue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'Type when, for example "in 2h" or "tomorrow 9am".' };
  const parsed = chrono.parseDate(expandShortUnits(trimmed), new Date(now), { forwardDate: true });
  if (parsed === null) return { ok: false, reason: `"${trimmed}" is not a time Carebar understands.` };
  const dueAt = parsed.getTime();
  if (dueAt <= now) return { ok: false, reason: 'That time has already passed.' };
  return { ok: true, dueAt };
}

/** chrono reads "in 2 hours" and "in 2h" but not "in 2hrs" or "in 90m": agents type those too. */
function expandShortUnits(text: string): string {
  return text
    .replace(/(\d+)\s*(?:hrs?|h)\b/gi, '$1 hours')
    .replace(/(\d+)\s*(?:mins?|m)\b/gi, '$1 minutes');
}
