import type { Classified } from '../classify/engine';
import type { PostSnapshot } from '../sites/post';

const BATCH = 200;
/** First wait before asking again after a failure; it doubles up to the cap. */
const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 4_000;
/**
 * An answer that has not come by then is taken as lost and asked for again: a worker that is
 * being started or stopped can drop a message without ever answering it.
 */
const ANSWER_TIMEOUT_MS = 5_000;

/**
 * Asks the background to triage each post once, as soon as it comes on screen, and keeps the
 * answers by post id for the sidebar. A failed request is asked again on its own, after a
 * growing pause: the background may still be starting, or be restarting after an update, and a
 * page that stays still would otherwise never show its codes.
 */
export class TriageClient {
  private readonly results = new Map<string, Classified>();
  private readonly asked = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly failed = new Map<string, PostSnapshot>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = RETRY_FIRST_MS;

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

  /**
   * Forgets every answer, as the team's policy changed codes and deadlines, and asks again for
   * `posts` (those on screen); the old answers stay shown until the new ones come.
   */
  refresh(posts: readonly PostSnapshot[]): void {
    const keep = new Set(posts.map((post) => post.id));
    for (const id of this.results.keys()) if (!keep.has(id)) this.results.delete(id);
    this.asked.clear();
    this.request(posts);
  }

  /** Stops asking again; for when the page's Carebar is torn down. */
  stop(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.failed.clear();
  }

  private async fetch(posts: PostSnapshot[]): Promise<void> {
    try {
      const results = await withTimeout(this.send(posts), ANSWER_TIMEOUT_MS);
      this.retryDelay = RETRY_FIRST_MS;
      for (const result of results) this.results.set(result.id, result);
      for (const listener of this.listeners) listener();
    } catch {
      // The page carries on without codes meanwhile.
      for (const post of posts) this.failed.set(post.id, post);
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      const again = [...this.failed.values()];
      this.failed.clear();
      for (let i = 0; i < again.length; i += BATCH) void this.fetch(again.slice(i, i + BATCH));
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
