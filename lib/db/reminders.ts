import Dexie from 'dexie';
import type { Reminder, Subject } from '../sync/records';
import type { CarebarDatabase, ReminderRow } from './database';
import { enqueue } from './outbox';

export function reminderRecord({ deletedAt, notifiedAt, ...reminder }: ReminderRow): Reminder {
  return reminder;
}

export interface NewReminder {
  subject: Subject;
  body: string;
  dueAt: number;
}

export async function createReminder(db: CarebarDatabase, input: NewReminder, assigneeId: string, now: number): Promise<Reminder> {
  const row: ReminderRow = { id: crypto.randomUUID(), ...input, assigneeId, state: 'open', createdAt: now, updatedAt: now };
  await db.transaction('rw', db.reminders, db.outbox, async () => {
    await db.reminders.add(row);
    await enqueue(db, 'reminder.put', reminderRecord(row), now);
  });
  return reminderRecord(row);
}

async function openRow(db: CarebarDatabase, id: string): Promise<ReminderRow> {
  const row = await db.reminders.get(id);
  if (row?.state !== 'open' || row.deletedAt !== undefined) throw new Error('That reminder is no longer open.');
  return row;
}

async function close(db: CarebarDatabase, id: string, state: 'done' | 'cancelled', now: number): Promise<Reminder> {
  return db.transaction('rw', db.reminders, db.outbox, async () => {
    const next: ReminderRow = { ...(await openRow(db, id)), state, updatedAt: now };
    await db.reminders.put(next);
    await enqueue(db, state === 'done' ? 'reminder.complete' : 'reminder.cancel', { id }, now);
    return reminderRecord(next);
  });
}

export function completeReminder(db: CarebarDatabase, id: string, now: number): Promise<Reminder> {
  return close(db, id, 'done', now);
}

export function cancelReminder(db: CarebarDatabase, id: string, now: number): Promise<Reminder> {
  return close(db, id, 'cancelled', now);
}

/** Moves an open reminder to a new due time; it will notify again then. */
export async function rescheduleReminder(db: CarebarDatabase, id: string, dueAt: number, now: number): Promise<Reminder> {
  return db.transaction('rw', db.reminders, db.outbox, async () => {
    const { notifiedAt, ...row } = await openRow(db, id);
    const next: ReminderRow = { ...row, dueAt, updatedAt: now };
    await db.reminders.put(next);
    await enqueue(db, 'reminder.put', reminderRecord(next), now);
    return reminderRecord(next);
  });
}

/** Open reminders due by `now`, oldest due first. */
export async function dueReminders(db: CarebarDatabase, now: number, limit = 200): Promise<Reminder[]> {
  const rows = await db.reminders.where('[state+dueAt]').between(['open', Dexie.minKey], ['open', now], true, true).limit(limit).toArray();
  return rows.map(reminderRecord);
}

/** Every open reminder with what the alarm clock needs to know about it, soonest first. */
export function openReminderRows(db: CarebarDatabase): Promise<ReminderRow[]> {
  return db.reminders.where('[state+dueAt]').between(['open', Dexie.minKey], ['open', Dexie.maxKey]).toArray();
}

export async function openRemindersFor(db: CarebarDatabase, network: string, handle: string): Promise<Reminder[]> {
  const rows = await db.reminders.where('[subject.network+subject.handle]').equals([network, handle]).filter((r) => r.state === 'open').toArray();
  return rows.sort((a, b) => a.dueAt - b.dueAt).map(reminderRecord);
}

export function getReminderRow(db: CarebarDatabase, id: string): Promise<ReminderRow | undefined> {
  return db.reminders.get(id);
}

/** Local bookkeeping only: the notification for this due time was shown. */
export async function markNotified(db: CarebarDatabase, id: string, at: number): Promise<void> {
  await db.reminders.update(id, { notifiedAt: at });
}
