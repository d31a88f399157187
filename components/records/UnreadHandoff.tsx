import { useEffect, useState } from 'preact/hooks';
import type { MessageResponse } from '../../lib/messages/protocol';
import type { SendMessage } from '../../lib/messages/send';
import { LinkedText } from './LinkedText';
import { formatWritten } from './format';

type HandoffView = NonNullable<MessageResponse<'handoff/unread'>['handoff']>;

/** The newest hand-off this agent has not read, shown before anything else until they have. */
export function UnreadHandoff({ send }: { send: SendMessage }) {
  const [handoff, setHandoff] = useState<HandoffView | null>(null);
  useEffect(() => {
    send('handoff/unread', {}).then(
      (reply) => setHandoff(reply.handoff),
      () => setHandoff(null),
    );
  }, [send]);
  if (handoff === null) return null;
  const markRead = () => void send('handoff/read', { id: handoff.id }).then(() => setHandoff(null), () => undefined);
  return (
    <section class="unread-handoff" aria-label="Hand-off from the last shift">
      <p class="note__meta">Hand-off · {formatWritten(handoff.createdAt)}</p>
      <p class="note__body">
        <LinkedText text={handoff.body} />
      </p>
      <button type="button" class="button" onClick={markRead}>
        Mark as read
      </button>
    </section>
  );
}
