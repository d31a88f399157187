import { useState } from 'preact/hooks';
import type { SendMessage } from '../../lib/messages/send';
import type { PostSnapshot } from '../../lib/sites/post';
import type { Subject } from '../../lib/sync/records';
import { excerpt } from '../../lib/text/excerpt';
import { describeDue } from '../../lib/time/due';
import { NoteItem } from './NoteItem';
import { ReminderForm } from './ReminderForm';
import { errorText, useCustomer } from './useCustomer';

export interface CustomerPanelProps {
  post: PostSnapshot;
  send: SendMessage;
  onClose: () => void;
}

/** What the team knows about the author of the selected post, and where to add to it. */
export function CustomerPanel({ post, send, onClose }: CustomerPanelProps) {
  const { data, error, setError, reload } = useCustomer(send, post.network, post.handle);
  const [draft, setDraft] = useState('');
  const [deleted, setDeleted] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const subject: Subject = { network: post.network, handle: post.handle, postId: post.id, ...(post.permalink ? { url: post.permalink } : {}) };

  /** Runs a change, reloads, and reports a failure (a full disk included) where it happened. */
  const act = async (change: () => Promise<unknown>, done?: string): Promise<boolean> => {
    try {
      await change();
      setError(null);
      if (done !== undefined) setNotice(done);
      await reload();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };

  const saveNote = async (event: Event) => {
    event.preventDefault();
    if (await act(() => send('note/create', { subject, body: draft }), 'Note saved.')) setDraft('');
  };
  const deleteNote = async (id: string) => {
    if (await act(() => send('note/delete', { id }), 'Note deleted.')) setDeleted(id);
  };
  const undo = async () => {
    if (deleted !== null && (await act(() => send('note/restore', { id: deleted }), 'Note restored.'))) setDeleted(null);
  };
  const now = Date.now();

  return (
    <section class="customer" aria-label="Customer">
      <header class="customer__header">
        <h3 class="customer__name">{excerpt(post.authorName, 60) || `@${post.handle}`}</h3>
        <span class="customer__handle">@{excerpt(post.handle, 40)}</span>
        <button type="button" class="sidebar__close" aria-label="Close customer panel" title="Close customer panel" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {data && (
        <p class="customer__activity">
          {data.postsLastDay === 1 ? 'Wrote once in the last day.' : `Wrote ${data.postsLastDay} times in the last day.`}
        </p>
      )}
      {error !== null && (
        <p class="customer__error" role="alert">
          {error}
        </p>
      )}
      <p class="customer__notice" aria-live="polite">
        {notice}
        {deleted !== null && (
          <>
            {' '}
            <button type="button" class="link-button" onClick={() => void undo()}>
              Undo
            </button>
          </>
        )}
      </p>

      <form class="customer__new" onSubmit={(e) => void saveNote(e)}>
        <textarea aria-label="New note" rows={2} value={draft} placeholder="What the team should know" onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="button">
          Save note
        </button>
      </form>

      {data && data.notes.length > 0 ? (
        <ul class="notes" aria-label="Notes">
          {data.notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              you={data.agentId}
              postId={post.id}
              onEdit={(body) => act(() => send('note/edit', { id: note.id, body }), 'Note saved.')}
              onDelete={() => void deleteNote(note.id)}
            />
          ))}
        </ul>
      ) : (
        data && <p class="customer__empty">No notes about @{post.handle} yet.</p>
      )}

      <ReminderForm send={send} onSet={(dueAt, body) => act(() => send('reminder/create', { subject, body, dueAt }), 'Reminder set.')} />

      {data && data.reminders.length > 0 && (
        <ul class="reminders" aria-label="Open reminders">
          {data.reminders.map((reminder) => {
            const when = describeDue(reminder.dueAt, now);
            return (
              <li key={reminder.id} class={reminder.dueAt <= now ? 'reminder reminder--due' : 'reminder'}>
                <span class="reminder__when">Due {when}</span>
                {reminder.body && <span class="reminder__body">{reminder.body}</span>}
                <button
                  type="button"
                  class="link-button"
                  aria-label={`Done: reminder due ${when}`}
                  onClick={() => void act(() => send('reminder/complete', { id: reminder.id }), 'Reminder done.')}
                >
                  Done
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
