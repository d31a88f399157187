import { describe, expect, it, vi } from 'vitest';
import { protocol } from '../../lib/messages/protocol';
import { createMessageServer, type Handlers } from '../../lib/messages/serve';
import type { PostSnapshot } from '../../lib/sites/post';
import { xPost } from './post-builder';

const post = xPost({
  id: '1859000000000000001',
  handle: 'priya_r_',
  authorName: 'Priya R',
  text: 'my refund still has not arrived',
  time: '2026-11-23T10:00:00.000Z',
});

const unused = () => Promise.reject(new Error('not under test'));

/** The handlers under test, with every other message answering an error. */
function handlers(overrides: Partial<Handlers>): Handlers {
  const all = Object.fromEntries(Object.keys(protocol).map((name) => [name, unused])) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('createMessageServer', () => {
  it('hands a valid message to its handler and wraps the result', async () => {
    const handler = vi.fn((_request: { posts: PostSnapshot[] }) => Promise.resolve({ results: [] }));
    const serve = createMessageServer(handlers({ 'posts/triage': handler }));
    await expect(serve({ name: 'posts/triage', payload: { posts: [post] } }, { tabId: 4, frameId: 0 })).resolves.toEqual({ ok: true, result: { results: [] } });
    // The sender comes along for the handlers that act on the sender's tab.
    expect(handler).toHaveBeenCalledWith({ posts: [post] }, { tabId: 4, frameId: 0 });
    await serve({ name: 'posts/triage', payload: { posts: [post] } });
    expect(handler).toHaveBeenLastCalledWith({ posts: [post] }, {});
  });

  it('refuses what is not a message, an unknown name and a bad payload before any handler runs', async () => {
    const handler = vi.fn();
    const serve = createMessageServer(handlers({ 'posts/triage': handler }));
    await expect(serve('hello')).resolves.toEqual({ ok: false, error: 'Not a Carebar message.' });
    await expect(serve({ name: 'db/drop', payload: {} })).resolves.toEqual({ ok: false, error: 'Unknown message "db/drop".' });
    await expect(serve({ name: 'toString', payload: {} })).resolves.toMatchObject({ ok: false });
    const bad = await serve({ name: 'posts/triage', payload: { posts: [{ ...post, id: '' }] } });
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok ? '' : bad.error).toMatch(/Invalid "posts\/triage" message/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('turns a failing handler into an error reply', async () => {
    const serve = createMessageServer(handlers({
      'posts/triage': () => Promise.reject(new Error('QuotaExceededError: disk full')),
    }));
    await expect(serve({ name: 'posts/triage', payload: { posts: [post] } })).resolves.toEqual({
      ok: false,
      error: 'QuotaExceededError: disk full',
    });
  });
});
