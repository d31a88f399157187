import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * The team server this browser talks to, kept in `storage.local` (never in the synced policy:
 * a token is one member's key, not the team's), and what the last "Test connection" found.
 */
export const teamRoleSchema = z.enum(['manager', 'agent']);
export type TeamRole = z.infer<typeof teamRoleSchema>;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or http on this machine only: a token sent in clear could be read on the way. */
export const teamUrlSchema = z
  .string()
  .trim()
  .min(1, 'The server’s address, like https://carebar.example.com.')
  .max(2048, 'That address is too long.')
  .pipe(z.url({ protocol: /^https?$/, error: 'An address starting with https://, like https://carebar.example.com.' }))
  .refine((url) => {
    // zod runs this even after the URL check failed; that check's message is the one to show.
    if (!URL.canParse(url)) return true;
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || LOCAL_HOSTS.has(parsed.hostname);
  }, 'Use https:// (plain http only for a server on this computer).');

export const teamTokenSchema = z
  .string()
  .trim()
  .min(1, 'The token your manager gave you.')
  .max(512, 'That is longer than any Carebar token.')
  .regex(/^[\x21-\x7e]+$/, 'A token has no spaces or special characters: paste it again.');

export const teamConnectionSchema = z.strictObject({
  url: teamUrlSchema,
  token: teamTokenSchema,
  /** Found by the last test with this URL and token; unknown until then. */
  role: teamRoleSchema.optional(),
});
export type TeamConnection = z.infer<typeof teamConnectionSchema>;

/** Where the connection is kept; the browser's storage in the extension, a map in tests. */
export interface TeamStore {
  read(): Promise<TeamConnection | null>;
  /** Null forgets the server. */
  write(connection: TeamConnection | null): Promise<void>;
  /** Calls `listener` whenever any page changes the connection. */
  watch(listener: (connection: TeamConnection | null) => void): () => void;
}

const KEY = 'teamServer';

/** A stored value that does not parse reads as no server: the settings stay editable. */
export function parseTeamConnection(raw: unknown): TeamConnection | null {
  const parsed = teamConnectionSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export const browserTeamStore: TeamStore = {
  async read() {
    return parseTeamConnection((await browser.storage.local.get(KEY))[KEY]);
  },
  async write(connection) {
    if (connection === null) await browser.storage.local.remove(KEY);
    else await browser.storage.local.set({ [KEY]: teamConnectionSchema.parse(connection) });
  },
  watch(listener) {
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[KEY];
      if (area === 'local' && change) listener(parseTeamConnection(change.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
};

/** This browser's role in its team; null without a team (or before a test found it), when the settings are its own. */
export async function readTeamRole(store: TeamStore = browserTeamStore): Promise<TeamRole | null> {
  return (await store.read())?.role ?? null;
}

export type ConnectionResult = { ok: true; role: TeamRole; message: string } | { ok: false; message: string };

const TIMEOUT_MS = 10_000;

/** The spec's error body (`sync-protocol.md`, Errors): its message says more than a status. */
const errorBodySchema = z.object({ error: z.string(), message: z.string().max(500) });

/**
 * What "Test connection" reports: whether the server answers at all (`/healthz`), then who this
 * token is (`GET /v1/members`, which only a manager may read: 200 is a manager, 403 an agent,
 * 401 a token the server does not know).
 */
export async function testConnection(url: string, token: string, fetchImpl: typeof fetch = fetch): Promise<ConnectionResult> {
  const base = url.endsWith('/') ? url : `${url}/`;
  const host = new URL(base).host;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    try {
      return await fetchImpl(new URL(path, base), { headers, signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit', cache: 'no-store' });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      return timedOut ? `${host} did not answer within ${TIMEOUT_MS / 1000} seconds.` : `Could not reach ${host}: check the address and this computer’s connection.`;
    }
  };

  const health = await get('healthz');
  if (typeof health === 'string') return { ok: false, message: health };
  if (!health.ok) return { ok: false, message: `${host} answered ${health.status} to a health check: is this a Carebar server?` };

  const members = await get('v1/members', { Authorization: `Bearer ${token}` });
  if (typeof members === 'string') return { ok: false, message: members };
  // The status alone says who the token is; only a manager's 200 carries a body worth reading.
  if (members.status === 401) return { ok: false, message: 'The server does not know this token' };
  if (members.status === 403) return { ok: true, role: 'agent', message: 'Connected as an agent: team settings are read-only' };
  const body = await readJson(members);
  if (body === undefined) return { ok: false, message: `${host} did not answer as a Carebar server does (not JSON, status ${members.status}).` };
  if (members.status === 200) return { ok: true, role: 'manager', message: 'Connected as a manager' };
  const error = errorBodySchema.safeParse(body);
  return { ok: false, message: `The server answered ${members.status}${error.success ? `: ${error.data.message}` : '.'}` };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}
