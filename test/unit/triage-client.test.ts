import { describe, expect, it, vi } from 'vitest';
import type { Classified } from '../../lib/classify/engine';
import { TriageClient } from '../../lib/content/triage-client';
import type { PostSnapshot } from '../../lib/sites/post';

const post = (id: string) => ({ network: 'x', id }) as PostSnapshot;
const result = (id: string) => ({ id, code: 'green' }) as Classified;

describe('TriageClient', () => {
  it('asks for each post once and keeps the answers by id', async () => {
    const send = vi.fn((posts: PostSnapshot[]) => Promise.resolve(posts.map((p) => result(p.id))));
    const client = new TriageClient(send);
    const listener = vi.fn();
    client.subscribe(listener);
    client.request([post('1'), post('2')]);
    client.request([post('2'), post('3')]);
    await vi.waitFor(() => expect(client.current.size).toBe(3));
    expect(send.mock.calls.map(([posts]) => posts.map((p) => p.id))).toEqual([['1', '2'], ['3']]);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(client.current.get('2')).toEqual(result('2'));
  });

  it('splits a large screen into requests of at most 200 posts', async () => {
    const send = vi.fn((posts: PostSnapshot[]) => Promise.resolve(posts.map((p) => result(p.id))));
    const client = new TriageClient(send);
    client.request(Array.from({ length: 450 }, (_, i) => post(String(i))));
    await vi.waitFor(() => expect(client.current.size).toBe(450));
    expect(send.mock.calls.map(([posts]) => posts.length)).toEqual([200, 200, 50]);
  });

  it('asks again on its own after a failure, waiting longer each time', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.fn((_posts: PostSnapshot[]): Promise<Classified[]> => Promise.reject(new Error('Receiving end does not exist.')));
      const client = new TriageClient(send);
      client.request([post('1')]);
      await vi.advanceTimersByTimeAsync(0);
      expect(send).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(500);
      expect(send).toHaveBeenCalledTimes(2);
      // The second wait is twice the first.
      await vi.advanceTimersByTimeAsync(500);
      expect(send).toHaveBeenCalledTimes(2);
      send.mockImplementation((posts) => Promise.resolve(posts.map((p) => result(p.id))));
      await vi.advanceTimersByTimeAsync(500);
      expect(send).toHaveBeenCalledTimes(3);
      expect(client.current.has('1')).toBe(true);
      // Asked for again by the page, an answered post is not sent twice.
      client.request([post('1')]);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(send).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops asking again once stopped', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.fn((_posts: PostSnapshot[]): Promise<Classified[]> => Promise.reject(new Error('gone')));
      const client = new TriageClient(send);
      client.request([post('1')]);
      await vi.advanceTimersByTimeAsync(0);
      client.stop();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(send).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('takes an answer that never comes as lost, and asks again', async () => {
    vi.useFakeTimers();
    try {
      const send = vi.fn((_posts: PostSnapshot[]): Promise<Classified[]> => new Promise(() => undefined));
      const client = new TriageClient(send);
      client.request([post('1')]);
      await vi.advanceTimersByTimeAsync(0);
      send.mockImplementation((posts) => Promise.resolve(posts.map((p) => result(p.id))));
      await vi.advanceTimersByTimeAsync(5_500);
      expect(send).toHaveBeenCalledTimes(2);
      expect(client.current.has('1')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
