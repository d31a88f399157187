import { useEffect, useState } from 'preact/hooks';
import type { MessageResponse } from '../../lib/messages/protocol';
import type { SendMessage } from '../../lib/messages/send';
import { LinkedText } from './LinkedText';
import { SearchRecords } from './SearchRecords';
import { formatWritten } from './format';
import { errorText } from './useCustomer';

type HandoffView = MessageResponse<'handoff/list'>['handoffs'][number];

export interface HandoffPanelProps {
  send: SendMessage;
}

/** The end-of-shift note, started from a digest of the shift, and the ones written before. */
export function HandoffPanel({ send }: HandoffPanelProps) {
  const [draft, setDraft] = useState('');
  const [shiftStart, setShiftStart] = useState<number | null>(null);
  const [past, setPast] = useState<HandoffView[]>([]);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    try {
      setPast((await send('handoff/list', {})).handoffs);
    } catch (e) {
      setError(errorText(e));
    }
  };
  useEffect(() => void load(), [send]);

  const startFromDigest = async () => {
    try {
      const digest = await send('handoff/digest', {});
      setDraft(digest.text);
      setShiftStart(digest.shiftStart);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await send('handoff/create', { body: draft, ...(shiftStart === null ? {} : { shiftStart, shiftEnd: Date.now() }) });
      setDraft('');
      setShiftStart(null);
      setError(null);
      setMessage('Hand-off saved.');
      await load();
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section class="handoff" aria-label="Hand-off">
      <form class="handoff__new" onSubmit={(e) => void save(e)}>
        <textarea aria-label="Hand-off note" rows={8} value={draft} placeholder="What the next agent needs to know" onInput={(e) => setDraft(e.currentTarget.value)} />
        <div class="handoff__actions">
          <button type="button" class="link-button" onClick={() => void startFromDigest()}>
            Start from shift digest
          </button>
          <button type="submit" class="button">
            Save hand-off
          </button>
        </div>
      </form>
      {error !== null && (
        <p class="customer__error" role="alert">
          {error}
        </p>
      )}
      <p class="customer__notice" aria-live="polite">
        {message}
      </p>
      <SearchRecords send={send} />
      <h3 class="section-title">Past hand-offs</h3>
      {past.length > 0 ? (
        <ul class="notes" aria-label="Past hand-offs">
          {past.map((handoff) => (
            <HandoffItem key={handoff.id} handoff={handoff} />
          ))}
        </ul>
      ) : (
        <p class="customer__empty">No hand-offs yet.</p>
      )}
    </section>
  );
}

export function HandoffItem({ handoff }: { handoff: HandoffView }) {
  return (
    <li class="note">
      <p class="note__meta">
        <time dateTime={new Date(handoff.createdAt).toISOString()}>{formatWritten(handoff.createdAt)}</time>
      </p>
      <p class="note__body">
        <LinkedText text={handoff.body} />
      </p>
    </li>
  );
}
