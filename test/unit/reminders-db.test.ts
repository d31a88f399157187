import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  cancelReminder,
  completeReminder,
  createReminder,
  dueReminders,
  getReminderRow,
  markNotified,
  openReminderRows,
  openRemindersFor,
  rescheduleReminder,
} from '../../lib/db/reminders';
import { reminderSchema } from '../../lib/sync/records';
import { freshDatabase, queued } from './db-helpers';

const ann = { network: 'x', handle: 'ann', postId: '1', url: 'https://x.com/ann/status/1' };

describe('reminders', () => {
  it('creates an open reminder and queues reminder.put with the whole record', async () => {
    const db = freshDatabase();
    const reminder = await createReminder(db, { subject: ann, body: 'check refund', dueAt: 5_000 }, 'agent-1', 1_000);
    expect(reminderSchema.parse(reminder)).toEqual(reminder);
    expect(reminder).toMatchObject({ state: 'open', assigneeId: 'agent-1', createdAt: 1_000, updatedAt: 1_000 });
    expect(await db.outbox.toArray()).toEqual([{ seq: 1, mutations: [{ name: 'reminder.put', args: reminder }], clientTs: 1_000 }]);
  });

  it('lists open reminders due by now, oldest due first', async () => {
    const db = freshDatabase();
    const late = await createReminder(db, { subject: ann, body: 'a', dueAt: 2_000 }, 'me', 0);
    const now = await createReminder(db, { subject: ann, body: 'b', dueAt: 5_000 }, 'me', 0);
    await createReminder(db, { subject: ann, body: 'later', dueAt: 9_000 }, 'me', 0);
    const done = await createReminder(db, { subject: ann, body: 'done', dueAt: 1_000 }, 'me', 0);
    await completeReminder(db, done.id, 3_000);
    expect((await dueReminders(db, 5_000)).map((r) => r.id)).toEqual([late.id, now.id]);
  });

  it('completes and cancels with their own mutations, once', async () => {
    const db = freshDatabase();
    const a = await createReminder(db, { subject: ann, body: 'a', dueAt: 2_000 }, 'me', 0);
    const b = await createReminder(db, { subject: ann, body: 'b', dueAt: 2_000 }, 'me', 0);
    await expect(completeReminder(db, a.id, 3_000)).resolves.toMatchObject({ state: 'done', updatedAt: 3_000 });
    await expect(cancelReminder(db, b.id, 3_000)).resolves.toMatchObject({ state: 'cancelled' });
    await expect(completeReminder(db, a.id, 4_000)).rejects.toThrow(/no longer open/);
    expect((await queued(db)).map((e) => [e.name, e.args])).toEqual([
      ['reminder.put', a],
      ['reminder.put', b],
      ['reminder.complete', { id: a.id }],
      ['reminder.cancel', { id: b.id }],
    ]);
  });

  it('rescheduling moves the due time and forgets that it was shown', async () => {
    const db = freshDatabase();
    const r = await createReminder(db, { subject: ann, body: 'a', dueAt: 2_000 }, 'me', 0);
    await markNotified(db, r.id, 2_100);
    expect(await getReminderRow(db, r.id)).toMatchObject({ notifiedAt: 2_100 });
    await expect(rescheduleReminder(db, r.id, 9_000, 3_000)).resolves.toEqual({ ...r, dueAt: 9_000, updatedAt: 3_000 });
    expect((await getReminderRow(db, r.id))?.notifiedAt).toBeUndefined();
    expect((await queued(db)).at(-1)).toMatchObject({ name: 'reminder.put', args: { dueAt: 9_000 } });
  });

  it('finds a customer’s open reminders and every open one for the alarm clock', async () => {
    const db = freshDatabase();
    const later = await createReminder(db, { subject: ann, body: 'a', dueAt: 8_000 }, 'me', 0);
    const sooner = await createReminder(db, { subject: { network: 'x', handle: 'ann' }, body: 'b', dueAt: 4_000 }, 'me', 0);
    const bob = await createReminder(db, { subject: { network: 'x', handle: 'bob' }, body: 'c', dueAt: 1_000 }, 'me', 0);
    expect((await openRemindersFor(db, 'x', 'ann')).map((r) => r.id)).toEqual([sooner.id, later.id]);
    expect((await openReminderRows(db)).map((r) => r.id)).toEqual([bob.id, sooner.id, later.id]);
  });
});
