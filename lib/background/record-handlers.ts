import { exportBackup, importBackup, parseBackup } from '../data/backup';
import type { CarebarDatabase } from '../db/database';
import { listHandoffs, createHandoff, markHandoffRead, newestUnreadHandoff } from '../db/handoffs';
import { createNote, deleteNote, editNote, notesForCustomer, restoreNote } from '../db/notes';
import { completeReminder, createReminder, dueReminders, getReminderRow, openRemindersFor } from '../db/reminders';
import { search } from '../db/search';
import { countPostsBy, recordAnswered } from '../db/seen-posts';
import type { Handlers } from '../messages/serve';
import { parseDue } from '../time/parse-due';
import type { ReminderClock } from './reminder-clock';
import { digestText, shiftDigest, shiftStartFor } from './shift-digest';

const DAY = 86_400_000;

type RecordMessages =
  | 'posts/answered'
  | 'customer/get'
  | 'note/create'
  | 'note/edit'
  | 'note/delete'
  | 'note/restore'
  | 'due/parse'
  | 'reminder/create'
  | 'reminder/complete'
  | 'reminder/snooze'
  | 'reminder/due'
  | 'reminder/open'
  | 'handoff/create'
  | 'handoff/list'
  | 'handoff/unread'
  | 'handoff/read'
  | 'handoff/digest'
  | 'search'
  | 'data/export'
  | 'data/import';

export interface RecordDeps {
  db: CarebarDatabase;
  clock: ReminderClock;
  agentId: () => Promise<string>;
  openPost: (url: string) => Promise<void>;
  /** Indexes the words of imported notes, after the import has answered. */
  indexWords: () => Promise<void>;
  now?: () => number;
}

/** The background's side of notes, reminders, hand-offs and search. */
export function recordHandlers({ db, clock, agentId, openPost, indexWords, now = Date.now }: RecordDeps): Pick<Handlers, RecordMessages> {
  return {
    'posts/answered': async ({ network, postIds }) => {
      await recordAnswered(db, network, postIds, now());
      return {};
    },
    'customer/get': async ({ network, handle }) => {
      const [notes, reminders, postsLastDay, you] = await Promise.all([
        notesForCustomer(db, network, handle),
        openRemindersFor(db, network, handle),
        countPostsBy(db, network, handle, now() - DAY),
        agentId(),
      ]);
      return { notes, reminders, postsLastDay, agentId: you };
    },
    'note/create': async ({ subject, body }) => createNote(db, subject, body, { authorId: await agentId(), now: now() }),
    'note/edit': ({ id, body }) => editNote(db, id, body, now()),
    'note/delete': async ({ id }) => {
      await deleteNote(db, id, now());
      return {};
    },
    'note/restore': ({ id }) => restoreNote(db, id, now()),
    'due/parse': ({ text, now: at }) => Promise.resolve(parseDue(text, at)),
    'reminder/create': async (input) => {
      const reminder = await createReminder(db, input, await agentId(), now());
      await clock.arm(reminder);
      return reminder;
    },
    'reminder/complete': async ({ id }) => {
      const reminder = await completeReminder(db, id, now());
      await clock.disarm(id);
      return reminder;
    },
    'reminder/snooze': ({ id, dueAt }) => clock.snooze(id, dueAt),
    'reminder/due': async () => ({ reminders: await dueReminders(db, now()) }),
    'reminder/open': async ({ id }) => {
      const url = (await getReminderRow(db, id))?.subject.url;
      if (url === undefined) throw new Error('This reminder has no post to open.');
      await openPost(url);
      return {};
    },
    'handoff/create': async (input) => createHandoff(db, input, await agentId(), now()),
    'handoff/list': async () => ({ handoffs: await listHandoffs(db) }),
    'handoff/unread': async () => ({ handoff: (await newestUnreadHandoff(db)) ?? null }),
    'handoff/read': async ({ id }) => {
      await markHandoffRead(db, id, now());
      return {};
    },
    'handoff/digest': async () => {
      const end = now();
      const shiftStart = await shiftStartFor(db, await agentId(), end);
      const digest = await shiftDigest(db, shiftStart, end);
      return { shiftStart, text: digestText(digest), openReminders: digest.openReminders.length, unanswered: digest.unanswered, notes: digest.notes.length };
    },
    search: (query) => search(db, query),
    'data/export': () => exportBackup(db, now()),
    'data/import': async ({ text }) => {
      const parsed = parseBackup(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      const counts = await importBackup(db, parsed.backup, now());
      // Imported reminders need their alarms like any other.
      await clock.start();
      void indexWords();
      return counts;
    },
  };
}
