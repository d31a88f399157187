import type { CarebarDatabase } from '../db/database';
import { notesWrittenBetween } from '../db/notes';
import { openReminderRows, reminderRecord } from '../db/reminders';
import type { Note, Reminder, TriageCode } from '../sync/records';
import { CODE_LABELS } from '../text/code-labels';

export interface UnansweredPost {
  network: string;
  postId: string;
  handle: string;
  code: TriageCode;
}

export interface ShiftDigest {
  shiftStart: number;
  shiftEnd: number;
  openReminders: Reminder[];
  unanswered: UnansweredPost[];
  vips: string[];
  notes: Note[];
}

const URGENT: ReadonlySet<TriageCode> = new Set(['red', 'orange']);
const HOUR = 3_600_000;
/** A usual shift, for an agent with no recent hand-off of their own to start from. */
const USUAL_SHIFT_MS = 8 * HOUR;
/** A hand-off older than this closed an earlier shift, not the one now ending. */
const LONGEST_SHIFT_MS = 14 * HOUR;

/**
 * When the shift now ending began: at this agent's own last hand-off when it was written
 * within a long shift's span, else a usual shift ago.
 */
export async function shiftStartFor(db: CarebarDatabase, authorId: string, now: number): Promise<number> {
  const last = await db.handoffs
    .where('createdAt')
    .between(now - LONGEST_SHIFT_MS, now, true, true)
    .reverse()
    .filter((row) => row.authorId === authorId && row.deletedAt === undefined)
    .first();
  return last?.createdAt ?? now - USUAL_SHIFT_MS;
}

/** What the next agent needs to hear about a shift, read from what this device recorded. */
export async function shiftDigest(db: CarebarDatabase, shiftStart: number, shiftEnd: number): Promise<ShiftDigest> {
  const [open, seen, notes, policy] = await Promise.all([
    openReminderRows(db),
    db.seenPosts.where('lastSeenAt').between(shiftStart, shiftEnd, true, true).toArray(),
    notesWrittenBetween(db, shiftStart, shiftEnd),
    db.policy.get('team'),
  ]);
  const unanswered = seen.flatMap((post) =>
    post.code !== undefined && URGENT.has(post.code) && post.answeredAt === undefined
      ? [{ network: post.network, postId: post.postId, handle: post.handle, code: post.code }]
      : [],
  );
  const vipHandles = new Set((policy?.deletedAt === undefined ? policy?.vipHandles : undefined)?.map((v) => `${v.network}:${v.handle.toLowerCase()}`));
  const touched = [...seen.map((p) => ({ network: p.network, handle: p.handle })), ...notes.map((n) => n.subject)];
  const vips = [...new Set(touched.filter((s) => vipHandles.has(`${s.network}:${s.handle.toLowerCase()}`)).map((s) => s.handle))];
  return { shiftStart, shiftEnd, openReminders: open.map(reminderRecord), unanswered, vips, notes };
}

const LISTED = 10;

/** The digest as the start of a hand-off note, for the agent to edit before saving. */
export function digestText(digest: ShiftDigest, locale?: string): string {
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const sections = [`Shift ${time.format(digest.shiftStart)}–${time.format(digest.shiftEnd)}`];
  const section = <T>(title: string, items: readonly T[], line: (item: T) => string) => {
    if (items.length === 0) return;
    const more = items.length > LISTED ? [`- and ${items.length - LISTED} more`] : [];
    sections.push([`${title} (${items.length}):`, ...items.slice(0, LISTED).map((item) => `- ${line(item)}`), ...more].join('\n'));
  };
  section('Reminders still open', digest.openReminders, (r) => `@${r.subject.handle}, due ${time.format(r.dueAt)}${r.body ? `: ${r.body}` : ''}`);
  section('Red and Orange posts not answered', digest.unanswered, (p) => `@${p.handle} (${CODE_LABELS[p.code]})`);
  section('VIPs touched', digest.vips, (handle) => `@${handle}`);
  section('Notes written', digest.notes, (n) => `@${n.subject.handle}: ${n.body.replace(/\s+/g, ' ').slice(0, 120)}`);
  if (sections.length === 1) sections.push('Nothing open.');
  return sections.join('\n\n');
}
