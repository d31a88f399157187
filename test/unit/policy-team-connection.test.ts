import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserTeamStore, readTeamRole, testConnection, teamUrlSchema } from '../../lib/sync/team-connection';

const URL_ = 'https://team.example.com';

function urlOf(input: RequestInfo | URL): string {
  return input instanceof Request ? input.url : input instanceof URL ? input.href : input;
}

/** A server answering by path and token, as `sync-protocol.md` describes it. */
function server(routes: { healthz?: number; members: Record<string, [number, string]> }) {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(urlOf(input));
    if (url.pathname === '/healthz') return Promise.resolve(new Response('{"ok":true}', { status: routes.healthz ?? 200 }));
    const auth = new Headers(init?.headers).get('Authorization') ?? '';
    const [status, body] = routes.members[auth] ?? [401, '{"error":"Unauthorized","message":"Unknown token."}'];
    return Promise.resolve(new Response(body, { status }));
  });
}

const team = server({
  members: {
    'Bearer boss': [200, '[{"id":"m1","name":"Ana","role":"manager"}]'],
    'Bearer helper': [403, '{"error":"Forbidden","message":"Managers only."}'],
    'Bearer html': [200, '<html>Welcome to nginx</html>'],
    'Bearer broken': [500, '{"error":"Internal","message":"Database unavailable."}'],
  },
});

describe('test connection', () => {
  it('tells a manager, an agent and an unknown token apart by GET /v1/members', async () => {
    expect(await testConnection(URL_, 'boss', team)).toEqual({ ok: true, role: 'manager', message: 'Connected as a manager' });
    expect(await testConnection(`${URL_}/`, 'helper', team)).toEqual({ ok: true, role: 'agent', message: 'Connected as an agent: team settings are read-only' });
    expect(await testConnection(URL_, 'nobody', team)).toEqual({ ok: false, message: 'The server does not know this token' });
    const [healthCall, membersCall] = team.mock.calls.slice(0, 2);
    expect(healthCall && urlOf(healthCall[0])).toBe(`${URL_}/healthz`);
    expect(membersCall && urlOf(membersCall[0])).toBe(`${URL_}/v1/members`);
  });

  it('keeps a server under a path prefix', async () => {
    const prefixed = vi.fn((_input: RequestInfo | URL) => Promise.resolve(new Response('[]', { status: 200 })));
    await testConnection('https://example.com/carebar', 'boss', prefixed);
    expect(prefixed.mock.calls.map(([input]) => urlOf(input))).toEqual(['https://example.com/carebar/healthz', 'https://example.com/carebar/v1/members']);
  });

  it('says clearly when the server is unreachable, is not a Carebar server, or fails', async () => {
    const down = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await testConnection(URL_, 'boss', down)).toEqual({ ok: false, message: 'Could not reach team.example.com: check the address and this computer’s connection.' });
    const slow = vi.fn(() => Promise.reject(new DOMException('timed out', 'TimeoutError')));
    expect((await testConnection(URL_, 'boss', slow)).message).toBe('team.example.com did not answer within 10 seconds.');
    expect((await testConnection(URL_, 'boss', server({ healthz: 404, members: {} }))).message).toBe('team.example.com answered 404 to a health check: is this a Carebar server?');
    expect((await testConnection(URL_, 'html', team)).message).toBe('team.example.com did not answer as a Carebar server does (not JSON, status 200).');
    expect((await testConnection(URL_, 'broken', team)).message).toBe('The server answered 500: Database unavailable.');
  });
});

describe('team connection in storage', () => {
  it('accepts https, or http on this computer only', () => {
    expect(teamUrlSchema.safeParse('https://team.example.com').success).toBe(true);
    expect(teamUrlSchema.safeParse('http://localhost:8787').success).toBe(true);
    expect(teamUrlSchema.safeParse('http://team.example.com').error?.issues[0]?.message).toBe('Use https:// (plain http only for a server on this computer).');
    expect(teamUrlSchema.safeParse('team.example.com').success).toBe(false);
  });

  it('is kept apart from the policy, read with zod, and heard by every page', async () => {
    fakeBrowser.reset();
    expect(await readTeamRole()).toBeNull();
    const heard = vi.fn();
    const unwatch = browserTeamStore.watch(heard);
    await browserTeamStore.write({ url: URL_, token: 'helper', role: 'agent' });
    expect(await readTeamRole()).toBe('agent');
    expect(heard).toHaveBeenLastCalledWith({ url: URL_, token: 'helper', role: 'agent' });

    // A value another build wrote, or a hand edit, reads as no team: the settings stay editable.
    await fakeBrowser.storage.local.set({ teamServer: { url: 'javascript:alert(1)', token: 'x', role: 'manager' } });
    expect(await readTeamRole()).toBeNull();
    await browserTeamStore.write(null);
    expect(heard).toHaveBeenLastCalledWith(null);
    unwatch();
  });
});
