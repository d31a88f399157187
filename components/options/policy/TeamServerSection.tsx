import { useEffect, useState } from 'preact/hooks';
import { teamTokenSchema, teamUrlSchema, testConnection, type TeamStore } from '../../../lib/sync/team-connection';
import { FieldError, fieldAttrs, Hint } from './fields';

export interface TeamServerSectionProps {
  store: TeamStore;
  fetch?: typeof fetch;
}

type Outcome = { ok: boolean; text: string };

function firstError(schema: typeof teamUrlSchema | typeof teamTokenSchema, value: string): string | undefined {
  return schema.safeParse(value).error?.issues[0]?.message;
}

/**
 * The team server's address and this member's token, kept in this browser only. "Test
 * connection" stores them with the role the server reports, which decides whether the team's
 * settings are editable here.
 */
export function TeamServerSection({ store, fetch: fetchImpl = fetch }: TeamServerSectionProps) {
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [saved, setSaved] = useState(false);
  const [touched, setTouched] = useState<{ url: boolean; token: boolean }>({ url: false, token: false });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    void store.read().then((connection) => {
      if (!connection) return;
      setUrl(connection.url);
      setToken(connection.token);
      setSaved(true);
      if (connection.role) setOutcome({ ok: true, text: connection.role === 'manager' ? 'Connected as a manager' : 'Connected as an agent: team settings are read-only' });
    });
  }, [store]);

  const urlError = touched.url ? firstError(teamUrlSchema, url) : undefined;
  const tokenError = touched.token ? firstError(teamTokenSchema, token) : undefined;

  const test = async (event: Event) => {
    event.preventDefault();
    setTouched({ url: true, token: true });
    const parsedUrl = teamUrlSchema.safeParse(url);
    const parsedToken = teamTokenSchema.safeParse(token);
    if (!parsedUrl.success || !parsedToken.success) {
      setOutcome({ ok: false, text: 'Fix the address and token first.' });
      return;
    }
    setBusy(true);
    setOutcome({ ok: true, text: 'Testing…' });
    try {
      const result = await testConnection(parsedUrl.data, parsedToken.data, fetchImpl);
      // Kept even when the test fails (the server may just be down); the role only when known.
      await store.write({ url: parsedUrl.data, token: parsedToken.data, ...(result.ok ? { role: result.role } : {}) });
      setSaved(true);
      setOutcome({ ok: result.ok, text: result.message });
    } catch (error) {
      setOutcome({ ok: false, text: `Could not save the server: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  const forget = async () => {
    await store.write(null);
    setUrl('');
    setToken('');
    setSaved(false);
    setTouched({ url: false, token: false });
    setOutcome({ ok: true, text: 'Server forgotten: the settings on this page are this browser’s own.' });
  };

  return (
    <section class="options policy" aria-labelledby="team-title">
      <h2 id="team-title">Team server</h2>
      <p class="policy__hint">With a team server, a manager’s settings reach every agent; agents see them read-only. The address and token stay in this browser.</p>
      <form onSubmit={(event) => void test(event)} noValidate>
        <div class="policy__field">
          <label for="team-url">Server address</label>
          <input
            type="url"
            value={url}
            autocomplete="url"
            {...fieldAttrs('team-url', urlError)}
            onInput={(e) => {
              setUrl(e.currentTarget.value);
              setTouched((t) => ({ ...t, url: true }));
            }}
          />
          <FieldError id="team-url" error={urlError} />
        </div>
        <div class="policy__field">
          <label for="team-token">Token</label>
          <Hint id="team-token">Your own, from your manager. Anyone with it can act as you on the team server.</Hint>
          <input
            type="password"
            value={token}
            autocomplete="off"
            spellcheck={false}
            {...fieldAttrs('team-token', tokenError, true)}
            onInput={(e) => {
              setToken(e.currentTarget.value);
              setTouched((t) => ({ ...t, token: true }));
            }}
          />
          <FieldError id="team-token" error={tokenError} />
        </div>
        <div class="options__actions">
          <button type="submit" disabled={busy}>
            Test connection
          </button>
          {saved && (
            <button type="button" onClick={() => void forget()}>
              Forget this server
            </button>
          )}
        </div>
        <p class={outcome?.ok === false ? 'policy__status policy__error' : 'policy__status'} role="status">
          {outcome?.text ?? ''}
        </p>
      </form>
    </section>
  );
}
