import { useEffect, useState } from 'preact/hooks';
import type { MessageResponse } from '../../lib/messages/protocol';
import type { SendMessage } from '../../lib/messages/send';
import { describeDue } from '../../lib/time/due';
import { errorText } from '../records/useCustomer';

type Reminder = MessageResponse<'reminder/due'>['reminders'][number];

export interface PopupProps {
  send: SendMessage;
  onToggleSidebar: () => void;
  /** Called once the agent has been taken to a post, so the popup can close. */
  onDone: () => void;
}

/** The toolbar popup: reminders due now or overdue, each one click from its post. */
export function Popup({ send, onToggleSidebar, onDone }: PopupProps) {
  const [due, setDue] = useState<Reminder[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    try {
      setDue((await send('reminder/due', {})).reminders);
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => void load(), [send]);

  const act = async (change: () => Promise<unknown>, then: () => unknown) => {
    try {
      await change();
      setError(null);
      await then();
    } catch (e) {
      setError(errorText(e));
    }
  };
  const now = Date.now();

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__title">Carebar</h1>
        <button type="button" class="popup__toggle" onClick={onToggleSidebar}>
          Show or hide the sidebar
        </button>
      </header>
      <h2 class="popup__section">Due reminders</h2>
      {error !== null && (
        <p class="popup__error" role="alert">
          {error}
        </p>
      )}
      {due !== null &&
        (due.length === 0 ? (
          <p class="popup__empty">No reminders due.</p>
        ) : (
          <ul class="popup__list" aria-label="Due reminders">
            {due.map((reminder) => {
              const when = describeDue(reminder.dueAt, now);
              const who = `@${reminder.subject.handle}`;
              return (
                <li key={reminder.id} class="popup__item">
                  <p class="popup__who">
                    {who} <span class="popup__when">due {when}</span>
                  </p>
                  {reminder.body && <p class="popup__body">{reminder.body}</p>}
                  <div class="popup__actions">
                    {reminder.subject.url !== undefined && (
                      <button type="button" aria-label={`Open post by ${who}`} onClick={() => void act(() => send('reminder/open', { id: reminder.id }), onDone)}>
                        Open post
                      </button>
                    )}
                    <button type="button" aria-label={`Snooze 1 hour: ${who}`} onClick={() => void act(() => send('reminder/snooze', { id: reminder.id }), load)}>
                      Snooze 1 hour
                    </button>
                    <button type="button" aria-label={`Done: ${who}`} onClick={() => void act(() => send('reminder/complete', { id: reminder.id }), load)}>
                      Done
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        ))}
    </main>
  );
}
