import { useState } from 'preact/hooks';
import type { MessageResponse } from '../../lib/messages/protocol';
import type { SendMessage } from '../../lib/messages/send';
import { HandoffItem } from './HandoffPanel';
import { LinkedText } from './LinkedText';
import { formatWritten } from './format';
import { errorText } from './useCustomer';

type Results = MessageResponse<'search'>;
const DAY = 86_400_000;

/** Notes and hand-offs by words, customer handle and date range. */
export function SearchRecords({ send }: { send: SendMessage }) {
  const [words, setWords] = useState('');
  const [handle, setHandle] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (event: Event) => {
    event.preventDefault();
    const who = handle.trim().replace(/^@/, '');
    try {
      setResults(
        await send('search', {
          ...(words.trim() ? { words } : {}),
          ...(who ? { customer: { network: 'x' as const, handle: who } } : {}),
          // Date fields are local days; "to" takes the whole day.
          ...(from ? { from: new Date(`${from}T00:00`).getTime() } : {}),
          ...(to ? { to: new Date(`${to}T00:00`).getTime() + DAY - 1 } : {}),
        }),
      );
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const count = results ? results.notes.length + results.handoffs.length : 0;
  return (
    <form class="search" role="search" aria-label="Notes and hand-offs" onSubmit={(e) => void run(e)}>
      <label class="field">
        <span class="field__label">Search notes and hand-offs</span>
        <input type="search" value={words} onInput={(e) => setWords(e.currentTarget.value)} />
      </label>
      <div class="search__row">
        <label class="field">
          <span class="field__label">Handle</span>
          <input type="text" value={handle} placeholder="@handle" onInput={(e) => setHandle(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field__label">From</span>
          <input type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span class="field__label">To</span>
          <input type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        </label>
      </div>
      <button type="submit" class="button">
        Search
      </button>
      {error !== null && (
        <p class="customer__error" role="alert">
          {error}
        </p>
      )}
      {results && (
        <>
          <p class="customer__notice" aria-live="polite">
            {count === 0 ? 'Nothing found.' : count === 1 ? '1 found.' : `${count} found.`}
          </p>
          {count > 0 && (
            <ul class="notes" aria-label="Search results">
              {results.notes.map((note) => (
                <li key={note.id} class="note">
                  <p class="note__meta">
                    Note on @{note.subject.handle} · <time dateTime={new Date(note.createdAt).toISOString()}>{formatWritten(note.createdAt)}</time>
                  </p>
                  <p class="note__body">
                    <LinkedText text={note.body} />
                  </p>
                </li>
              ))}
              {results.handoffs.map((handoff) => (
                <HandoffItem key={handoff.id} handoff={handoff} />
              ))}
            </ul>
          )}
        </>
      )}
    </form>
  );
}
