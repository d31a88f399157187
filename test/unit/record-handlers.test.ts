import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

const HOUR = 3_600_000;
const post = { network: 'x', handle: 'ann', postId: '1', url: 'https://x.com/ann/status/1' };

describe('notes, reminders and hand-offs through messages', () => {
  it('fills the customer panel: notes newest first, open reminders, posts in the last day', async () => {
    const db = freshDatabase();
    const T = 30 * HOUR;
    const bg = background(db, T);
    await db.seenPosts.bulkAdd([
      { network: 'x', postId: '1', handle: 'ann', firstSeenAt: T - 60_000, lastSeenAt: T },
      { network: 'x', postId: '2', handle: 'ann', postedAt: T - 2 * HOUR, firstSeenAt: T, lastSeenAt: T },
      { network: 'x', postId: '3', handle: 'ann', postedAt: 0, firstSeenAt: T, lastSeenAt: T },
    ]);
    await bg.send('note/create', { subject: post, body: ' first ' });
    bg.advance(1_000);
    const second = await bg.send('note/create', { subject: { network: 'x', handle: 'ann' }, body: 'second' });
    const reminder = await bg.send('reminder/create', { subject: post, body: 'call back', dueAt: T + HOUR });
    expect(bg.alarms.get(`reminder:${reminder.id}`)).toBe(T + HOUR);

    const panel = await bg.send('customer/get', { network: 'x', handle: 'ann' });
    expect(panel.notes.map((n) => n.body)).toEqual(['second', 'first']);
    expect(panel.notes[0]).toEqual(second);
    expect(panel.reminders).toEqual([reminder]);
    expect(panel.postsLastDay).toBe(2);
    expect(panel.agentId).toBe('agent-1');
  });

  it('refuses an empty note with a message', async () => {
    const bg = background(freshDatabase());
    await expect(bg.serve({ name: 'note/create', payload: { subject: post, body: '   ' } })).resolves.toMatchObject({
      ok: false,
      error: expect.stringMatching(/A note needs some text/) as unknown,
    });
  });

  it('deletes a note and brings it back', async () => {
    const bg = background(freshDatabase());
    const note = await bg.send('note/create', { subject: post, body: 'oops' });
    await bg.send('note/delete', { id: note.id });
    expect((await bg.send('customer/get', { network: 'x', handle: 'ann' })).notes).toEqual([]);
    await bg.send('note/restore', { id: note.id });
    expect((await bg.send('customer/get', { network: 'x', handle: 'ann' })).notes).toEqual([note]);
  });

  it('lists due reminders, snoozes, completes and opens their post', async () => {
    const bg = background(freshDatabase());
    const r = await bg.send('reminder/create', { subject: post, body: '', dueAt: 10 * HOUR + 60_000 });
    expect((await bg.send('reminder/due', {})).reminders).toEqual([]);
    bg.advance(2 * 60_000);
    expect((await bg.send('reminder/due', {})).reminders.map((x) => x.id)).toEqual([r.id]);
    await expect(bg.send('reminder/snooze', { id: r.id })).resolves.toMatchObject({ dueAt: 10 * HOUR + 2 * 60_000 + HOUR });
    expect((await bg.send('reminder/due', {})).reminders).toEqual([]);
    await bg.send('reminder/open', { id: r.id });
    expect(bg.opened).toEqual([post.url]);
    await bg.send('reminder/complete', { id: r.id });
    expect(bg.alarms.size).toBe(0);
    expect((await bg.send('customer/get', { network: 'x', handle: 'ann' })).reminders).toEqual([]);
  });

  it('writes a hand-off from a digest of the shift; the next agent sees it first until read', async () => {
    const db = freshDatabase();
    const bg = background(db);
    const shiftStart = 2 * HOUR;
    await db.seenPosts.bulkAdd([
      { network: 'x', postId: '1', handle: 'ann', firstSeenAt: 3 * HOUR, lastSeenAt: 3 * HOUR, code: 'red' },
      { network: 'x', postId: '2', handle: 'bob', firstSeenAt: 3 * HOUR, lastSeenAt: 3 * HOUR, code: 'orange' },
      { network: 'x', postId: '3', handle: 'cat', firstSeenAt: 3 * HOUR, lastSeenAt: 3 * HOUR, code: 'green' },
      { network: 'x', postId: '4', handle: 'dan', firstSeenAt: HOUR, lastSeenAt: HOUR, code: 'red' },
    ]);
    await bg.send('posts/answered', { network: 'x', postIds: ['2'] });
    await bg.send('note/create', { subject: post, body: 'Refund promised' });
    await bg.send('reminder/create', { subject: post, body: 'check refund', dueAt: 12 * HOUR });

    const digest = await bg.send('handoff/digest', {});
    expect(digest.shiftStart).toBe(shiftStart);
    expect(digest.unanswered).toEqual([{ network: 'x', postId: '1', handle: 'ann', code: 'red' }]);
    expect(digest).toMatchObject({ openReminders: 1, notes: 1 });
    expect(digest.text).toContain('Red and Orange posts not answered (1):\n- @ann (Red)');
    expect(digest.text).toContain('Notes written (1):\n- @ann: Refund promised');

    const handoff = await bg.send('handoff/create', { body: digest.text, shiftStart, shiftEnd: 10 * HOUR });
    expect((await bg.send('handoff/list', {})).handoffs).toEqual([handoff]);
    // Written here, so read here; another agent's arrives unread.
    expect((await bg.send('handoff/unread', {})).handoff).toBeNull();
    await db.handoffs.update(handoff.id, { readAt: undefined });
    expect((await bg.send('handoff/unread', {})).handoff?.id).toBe(handoff.id);
    await bg.send('handoff/read', { id: handoff.id });
    expect((await bg.send('handoff/unread', {})).handoff).toBeNull();

    const found = await bg.send('search', { words: 'refund', customer: { network: 'x', handle: 'ann' } });
    expect(found.notes.map((n) => n.body)).toEqual(['Refund promised']);
    expect(found.handoffs.map((h) => h.id)).toEqual([handoff.id]);
 
    // The next shift of the same agent starts at that hand-off; another agent's does not count.
    bg.advance(6 * HOUR);
    await db.handoffs.add({ ...(await db.handoffs.get(handoff.id))!, id: 'other', authorId: 'agent-2', createdAt: 12 * HOUR });
    expect((await bg.send('handoff/digest', {})).shiftStart).toBe(10 * HOUR);
    // Long after it, a usual shift.
    bg.advance(20 * HOUR);
    expect((await bg.send('handoff/digest', {})).shiftStart).toBe(36 * HOUR - 8 * HOUR);
  });
});
