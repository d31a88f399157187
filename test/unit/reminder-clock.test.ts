import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CarebarDatabase } from '../../lib/db/database';
import { createReminder, getReminderRow } from '../../lib/db/reminders';
import { createReminderClock, type ClockPorts, type ReminderNotice } from '../../lib/background/reminder-clock';
import { freshDatabase } from './db-helpers';

const HOUR = 3_600_000;
const subject = { network: 'x', handle: 'ann', postId: '1', url: 'https://x.com/ann/status/1' };

/** Alarms, notifications and tabs as plain maps, and a clock the test moves. */
function fakePorts(start: number) {
  const state = {
    now: start,
    alarms: new Map<string, number>(),
    shown: [] as { id: string; notice: ReminderNotice }[],
    open: new Set<string>(),
    opened: [] as string[],
  };
  const ports: ClockPorts = {
    setAlarm: (name, when) => Promise.resolve(void state.alarms.set(name, when)),
    clearAlarm: (name) => Promise.resolve(void state.alarms.delete(name)),
    alarmNames: () => Promise.resolve([...state.alarms.keys()]),
    notify: (id, notice) => {
      state.shown.push({ id, notice });
      state.open.add(id);
      return Promise.resolve();
    },
    clearNotification: (id) => Promise.resolve(void state.open.delete(id)),
    openPost: (url) => Promise.resolve(void state.opened.push(url)),
    now: () => state.now,
  };
  return { state, ports };
}

async function remind(db: CarebarDatabase, dueAt: number, body = 'check the refund') {
  return createReminder(db, { subject, body, dueAt }, 'me', 0);
}

describe('reminder clock', () => {
  it('arms an alarm at the due time and shows the notification when it rings, naming the customer', async () => {
    const db = freshDatabase();
    const { state, ports } = fakePorts(1_000);
    const clock = createReminderClock(db, ports);
    const r = await remind(db, 1_000 + HOUR);
    await clock.arm(r);
    expect(state.alarms.get(`reminder:${r.id}`)).toBe(1_000 + HOUR);

    state.now += HOUR;
    await clock.onAlarm(`reminder:${r.id}`);
    expect(state.shown).toEqual([{ id: `reminder:${r.id}`, notice: { title: 'Follow up with @ann', message: 'check the refund' } }]);
    expect(await getReminderRow(db, r.id)).toMatchObject({ notifiedAt: 1_000 + HOUR });
  });

  it('at start re-arms future reminders and shows, once, those that came due while closed', async () => {
    const db = freshDatabase();
    const missed = await remind(db, 5_000, '');
    const future = await remind(db, 50_000);
    const { state, ports } = fakePorts(10_000);
    state.alarms.set('reminder:gone', 1);
    state.alarms.set('other', 1);

    const clock = createReminderClock(db, ports);
    // The browser fires the missed alarm just as the worker starts.
    await Promise.all([clock.start(), clock.onAlarm(`reminder:${missed.id}`)]);
    expect(state.shown.map((s) => s.id)).toEqual([`reminder:${missed.id}`]);
    expect(state.shown[0]?.notice.message).toBe('Get back to @ann about their post.');
    expect([...state.alarms.keys()].sort()).toEqual(['other', `reminder:${future.id}`].sort());

    // The next start (a worker restart) does not show it again.
    await createReminderClock(db, ports).start();
    expect(state.shown).toHaveLength(1);
  });

  it('ignores an alarm for a reminder completed meanwhile, or not yet due', async () => {
    const db = freshDatabase();
    const { state, ports } = fakePorts(0);
    const clock = createReminderClock(db, ports);
    const r = await remind(db, HOUR);
    await clock.onAlarm(`reminder:${r.id}`);
    expect(state.shown).toEqual([]);
    await db.reminders.update(r.id, { state: 'done' });
    state.now = 2 * HOUR;
    await clock.onAlarm(`reminder:${r.id}`);
    expect(state.shown).toEqual([]);
  });

  it('notification: a click or the first button opens the post, the second snoozes an hour', async () => {
    const db = freshDatabase();
    const { state, ports } = fakePorts(HOUR);
    const clock = createReminderClock(db, ports);
    const r = await remind(db, HOUR);
    await clock.arm(r);
    expect(state.open.has(`reminder:${r.id}`)).toBe(true);

    await clock.onNoticeClicked(`reminder:${r.id}`);
    await clock.onNoticeClicked(`reminder:${r.id}`, 0);
    expect(state.opened).toEqual([subject.url, subject.url]);

    await clock.onNoticeClicked(`reminder:${r.id}`, 1);
    expect(state.open.has(`reminder:${r.id}`)).toBe(false);
    expect(await getReminderRow(db, r.id)).toMatchObject({ dueAt: 2 * HOUR, state: 'open' });
    expect((await getReminderRow(db, r.id))?.notifiedAt).toBeUndefined();
    expect(state.alarms.get(`reminder:${r.id}`)).toBe(2 * HOUR);

    state.now = 2 * HOUR;
    await clock.onAlarm(`reminder:${r.id}`);
    expect(state.shown).toHaveLength(2);
  });

  it('disarming clears the alarm and the notification', async () => {
    const db = freshDatabase();
    const { state, ports } = fakePorts(0);
    const clock = createReminderClock(db, ports);
    const r = await remind(db, HOUR);
    await clock.arm(r);
    await clock.disarm(r.id);
    expect(state.alarms.size).toBe(0);
  });
});
