import type { Classified } from '../classify/engine';
import type { PostSnapshot } from '../sites/post';

const BATCH = 200;

/**
 * Asks the background to triage each post once, as soon as it comes on screen, and keeps the
 * answers by post id for the sidebar. A failed request is forgotten, so the post is asked for
 * again the next time it is on screen.
 */
export class TriageClient {
  private readonly results = new Map<string, Classified>();
  private readonly asked = new Set<string>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly send: (posts: PostSnapshot[]) => Promise<Classified[]>) {}

  get current(): ReadonlyMap<string, Classified> {
    return this.results;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  request(posts: readonly PostSnapshot[]): void {
    const wanted = posts.filter((post) => !this.asked.has(post.id));
    for (const post of wanted) this.asked.add(post.id);
    for (let i = 0; i < wanted.length; i += BATCH) void this.fetch(wanted.slice(i, i + BATCH));
  }

  private async fetch(posts: PostSnapshot[]): Promise<void> {
    try {
      const results = await this.send(posts);
      for (const result of results) this.results.set(result.id, result);
      for (const listener of this.listeners) listener();
    } catch {
      // The background may be restarting or gone (extension updated): the page carries on
      // without codes, and these posts are asked for again when next seen.
      for (const post of posts) this.asked.delete(post.id);
    }
  }
}
