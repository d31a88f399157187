import type { PageKind, SiteAdapter, SiteTheme } from './adapter';
import type { PostSnapshot } from './post';

export type PageStatus =
  /** Just started or navigated: posts may still be loading. */
  | 'looking'
  /** Posts are on screen. */
  | 'ready'
  /** The page has posts, but none is on screen right now. */
  | 'offscreen'
  /** A supported page where nothing was recognised after the grace period. */
  | 'unrecognised'
  /** A page of the network Carebar does not read (settings, messages…). */
  | 'unsupported';

export interface PageState {
  status: PageStatus;
  pageKind: PageKind;
  theme: SiteTheme;
  /** Posts on screen, in page order, one per status id. */
  posts: readonly PostSnapshot[];
}

export interface TrackerOptions {
  /** How long a supported page may show no posts before it counts as unrecognised. */
  graceMs?: number;
  /** Minimum time between two scans of the page after mutations. */
  scanIntervalMs?: number;
}

/**
 * Follows the posts on screen through scrolling, infinite loading, row recycling and
 * single-page navigation, reading them only through the adapter. Mutations only mark the page
 * dirty; the work happens at most once per interval, and only the posts on screen are read.
 */
export class PostTracker {
  private readonly graceMs: number;
  private readonly scanIntervalMs: number;
  private readonly onScreen = new Set<Element>();
  private readonly known = new WeakSet<Element>();
  private readonly listeners = new Set<(state: PageState) => void>();
  private mutations: MutationObserver | undefined;
  private themeChanges: MutationObserver | undefined;
  private visibility: IntersectionObserver | undefined;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private graceTimer: ReturnType<typeof setTimeout> | undefined;
  private lastScanAt = -Infinity;
  private postElementCount = 0;
  private graceOver = false;
  private state: PageState;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly doc: Document,
    options: TrackerOptions = {},
  ) {
    this.graceMs = options.graceMs ?? 4000;
    this.scanIntervalMs = options.scanIntervalMs ?? 150;
    this.state = { status: 'looking', pageKind: this.currentPageKind(), theme: this.readTheme(), posts: [] };
  }

  get current(): PageState {
    return this.state;
  }

  subscribe(listener: (state: PageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    this.visibility = new view.IntersectionObserver((entries) => this.onVisibility(entries));
    this.mutations = new view.MutationObserver(() => this.scheduleScan());
    this.mutations.observe(this.doc.documentElement, { childList: true, subtree: true });
    // Sites switch themes through inline styles on the root elements; watching attributes in
    // the whole subtree instead would wake the tracker on every hover and every scrolled row.
    this.themeChanges = new view.MutationObserver(() => this.publish());
    for (const root of [this.doc.documentElement, this.doc.body]) {
      this.themeChanges.observe(root, { attributes: true, attributeFilter: ['style', 'class'] });
    }
    this.restartGrace();
    this.scan();
  }

  stop(): void {
    this.mutations?.disconnect();
    this.themeChanges?.disconnect();
    this.visibility?.disconnect();
    clearTimeout(this.scanTimer);
    clearTimeout(this.graceTimer);
    this.listeners.clear();
  }

  /** The page's address changed without a load: start looking afresh. */
  navigated(): void {
    this.restartGrace();
    this.scan();
  }

  private restartGrace(): void {
    this.graceOver = false;
    clearTimeout(this.graceTimer);
    this.graceTimer = setTimeout(() => {
      this.graceOver = true;
      this.publish();
    }, this.graceMs);
  }

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    const wait = Math.max(0, this.lastScanAt + this.scanIntervalMs - performance.now());
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, wait);
  }

  /** Finds post elements the page added and starts watching whether they are on screen. */
  private scan(): void {
    this.lastScanAt = performance.now();
    const root = this.adapter.feedRoot(this.doc) ?? this.doc;
    const elements = this.adapter.findPostElements(root);
    this.postElementCount = elements.length;
    for (const el of elements) {
      if (this.known.has(el)) continue;
      this.known.add(el);
      this.visibility?.observe(el);
    }
    for (const el of this.onScreen) {
      if (!el.isConnected) this.onScreen.delete(el);
    }
    this.publish();
  }

  private onVisibility(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (entry.isIntersecting) this.onScreen.add(entry.target);
      else this.onScreen.delete(entry.target);
    }
    this.publish();
  }

  private publish(): void {
    const next: PageState = {
      pageKind: this.currentPageKind(),
      theme: this.readTheme(),
      posts: this.readPostsOnScreen(),
      status: 'looking',
    };
    next.status = this.statusOf(next);
    if (sameState(this.state, next)) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  private statusOf(state: PageState): PageStatus {
    if (state.pageKind === 'unsupported') return 'unsupported';
    if (state.posts.length > 0) return 'ready';
    if (this.postElementCount > 0) return 'offscreen';
    return this.graceOver ? 'unrecognised' : 'looking';
  }

  private readPostsOnScreen(): PostSnapshot[] {
    const ordered = [...this.onScreen].filter((el) => el.isConnected).sort(byDocumentOrder);
    const seen = new Set<string>();
    const posts: PostSnapshot[] = [];
    for (const el of ordered) {
      const post = this.adapter.readPost(el);
      if (!post || seen.has(post.id)) continue;
      seen.add(post.id);
      posts.push(post);
    }
    return posts;
  }

  private currentPageKind(): PageKind {
    return this.adapter.pageKind(new URL(this.doc.location.href));
  }

  private readTheme(): SiteTheme {
    return this.adapter.theme(this.doc);
  }
}

function byDocumentOrder(a: Element, b: Element): number {
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

function sameState(a: PageState, b: PageState): boolean {
  return (
    a.status === b.status &&
    a.pageKind === b.pageKind &&
    a.theme === b.theme &&
    a.posts.length === b.posts.length &&
    a.posts.every((post, i) => samePost(post, b.posts[i]))
  );
}

function samePost(a: PostSnapshot, b: PostSnapshot | undefined): boolean {
  return b !== undefined && a.id === b.id && a.text === b.text && a.authorName === b.authorName && a.time === b.time;
}
