import { useEffect, useState } from 'preact/hooks';
import { MAX_AGENT_NAME } from '../../lib/compose/agent-name';

export interface ProfilePanelProps {
  load: () => Promise<string>;
  /** Resolves to the name as stored; rejects with a message to show. */
  save: (name: string) => Promise<string>;
}

/** The agent's own name, which replies sign with ({agent} in the team's boilerplate). */
export function ProfilePanel({ load, save }: ProfilePanelProps) {
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    load().then(setName, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      const saved = await save(name);
      setName(saved);
      setError(null);
      setMessage(saved ? `Replies will be signed ${saved}.` : 'Name cleared: {agent} stays as a marker to fill in.');
    } catch (e) {
      setMessage('');
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section class="options" aria-labelledby="profile-title">
      <h2 id="profile-title">You</h2>
      <form onSubmit={(event) => void submit(event)}>
        <label for="agent-name">Your name</label>
        <p class="options__hint" id="agent-name-hint">
          Used for {'{agent}'} in replies, as you sign them (“Sam”, “^SK”).
        </p>
        <div class="options__actions">
          <input id="agent-name" type="text" value={name} maxLength={MAX_AGENT_NAME} autocomplete="given-name" aria-describedby="agent-name-hint" onInput={(event) => setName(event.currentTarget.value)} />
          <button type="submit">Save name</button>
        </div>
      </form>
      <p role="status">{message}</p>
      {error && (
        <p class="options__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
