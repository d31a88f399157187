import type { CarebarDatabase, ReminderRow } from '../db/database';
import { getReminderRow, markNotified, openReminderRows, reminderRecord, rescheduleReminder } from '../db/reminders';
import type { Reminder } from '../sync/records';
import { SNOOZE_MS, snoozedDue } from '../time/due';

const PREFIX = 'reminder:';

/** What a due reminder shows, worked out here so the words are tested with the clock. */
export interface ReminderNotice {
  title: string;
  message: string;
}

/** The browser APIs the clock uses, passed in so it runs under test without a browser. */
export interface ClockPorts {
  setAlarm(name: string, when: number): Promise<void>;
  clearAlarm(name: string): Promise<void>;
  alarmNames(): Promise<string[]>;
  notify(id: string, notice: ReminderNotice): Promise<void>;
  clearNotification(id: string): Promise<void>;
  openPost(url: string): Promise<void>;
  now(): number;
}

/** The notification's buttons, in order. */
export const NOTICE_BUTTONS = ['Open post', 'Snooze 1 hour'] as const;

/**
 * Keeps one alarm per open reminder, named after it, and shows its notification when it comes
 * due, once per due time. Alarms do not reliably survive a browser restart, so `start` re-arms
 * every open reminder from the database and shows, once, those that came due meanwhile.
 */
export function createReminderClock(db: CarebarDatabase, ports: ClockPorts) {
  // Start-up and a missed alarm firing at the same moment must not show a reminder twice.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const fire = (id: string) =>
    serially(async () => {
      const row = await getReminderRow(db, id);
      if (row?.state !== 'open' || row.notifiedAt !== undefined || row.dueAt > ports.now()) return;
      await ports.notify(PREFIX + id, notice(row));
      await markNotified(db, id, ports.now());
    });

  const arm = async (reminder: Pick<Reminder, 'id' | 'dueAt'>) => {
    if (reminder.dueAt <= ports.now()) await fire(reminder.id);
    else await ports.setAlarm(PREFIX + reminder.id, reminder.dueAt);
  };

  const disarm = async (id: string) => {
    await ports.clearAlarm(PREFIX + id);
    await ports.clearNotification(PREFIX + id);
  };

  return {
    /** Re-arms from the database; run at every start of the background. */
    async start(): Promise<void> {
      const open = await openReminderRows(db);
      const openIds = new Set(open.map((r) => PREFIX + r.id));
      const stale = (await ports.alarmNames()).filter((name) => name.startsWith(PREFIX) && !openIds.has(name));
      await Promise.all(stale.map((name) => ports.clearAlarm(name)));
      for (const row of open) {
        if (row.notifiedAt === undefined) await arm(row);
      }
    },

    arm,
    disarm,

    async onAlarm(name: string): Promise<void> {
      if (name.startsWith(PREFIX)) await fire(name.slice(PREFIX.length));
    },

    /** A click on the notification itself opens the post, as its first button does. */
    async onNoticeClicked(noticeId: string, button = 0): Promise<void> {
      if (!noticeId.startsWith(PREFIX)) return;
      const id = noticeId.slice(PREFIX.length);
      const row = await getReminderRow(db, id);
      await ports.clearNotification(noticeId);
      if (row?.state !== 'open') return;
      if (NOTICE_BUTTONS[button] === 'Snooze 1 hour') {
        await this.snooze(id);
      } else if (row.subject.url !== undefined) {
        await ports.openPost(row.subject.url);
      }
    },

    async snooze(id: string, dueAt = snoozedDue(ports.now(), SNOOZE_MS)): Promise<Reminder> {
      const next = await rescheduleReminder(db, id, dueAt, ports.now());
      await ports.clearNotification(PREFIX + id);
      await arm(next);
      return next;
    },
  };
}

export type ReminderClock = ReturnType<typeof createReminderClock>;

export function notice(row: ReminderRow): ReminderNotice {
  const reminder = reminderRecord(row);
  const who = `@${reminder.subject.handle}`;
  return {
    title: `Follow up with ${who}`,
    message: reminder.body.trim() || (reminder.subject.postId === undefined ? `Get back to ${who}.` : `Get back to ${who} about their post.`),
  };
}
