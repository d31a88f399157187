// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SiteAdapter } from '../../lib/sites/adapter';
import type { PostSnapshot } from '../../lib/sites/post';
import { PostTracker, type PageState } from '../../lib/sites/post-tracker';

/** A minimal adapter over `<div class="post" data-id>` elements, to test the tracker alone. */
const adapter: SiteAdapter = {
  network: 'x',
  matches: ['https://x.com/*'],
  pageKind: (url) => (url.pathname.startsWith('/settings') ? 'unsupported' : 'timeline'),
  feedRoot: (doc) => doc.querySelector('main'),
  findPostElements: (root) => [...root.querySelectorAll('.post')],
  readPost: (el) => {
    const id = el.getAttribute('data-id');
    if (!id) return null;
    return { network: 'x', id, text: el.textContent, handle: 'h', authorName: 'A', permalink: '', time: null } as PostSnapshot;
  },
  findPostElement: (root, id) => root.querySelector(`.post[data-id="${id}"]`),
  findComposeBoxes: () => [],
  theme: (doc) => (doc.body.style.backgroundColor === 'rgb(0, 0, 0)' ? 'dark' : 'light'),
  viewerHandle: () => null,
};

/** jsdom has no layout: the test decides which elements are on screen. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  disconnect() {
    this.observed.clear();
  }
  show(els: Element[], visible = true) {
    const entries = els.map((target) => ({ target, isIntersecting: visible }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

function io(): FakeIntersectionObserver {
  const last = FakeIntersectionObserver.instances.at(-1);
  if (!last) throw new Error('no observer');
  return last;
}

function addPosts(ids: string[]): HTMLElement[] {
  const main = document.querySelector('main') ?? document.body.appendChild(document.createElement('main'));
  return ids.map((id) => {
    const el = document.createElement('div');
    el.className = 'post';
    el.dataset.id = id;
    el.textContent = `post ${id}`;
    main.appendChild(el);
    return el;
  });
}

let tracker: PostTracker | undefined;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
  document.body.innerHTML = '';
  history.replaceState({}, '', '/home');
});
afterEach(() => {
  tracker?.stop();
  vi.useRealTimers();
});

function startTracker(): { states: PageState[] } {
  tracker = new PostTracker(adapter, document, { graceMs: 1000, scanIntervalMs: 50 });
  const states: PageState[] = [];
  tracker.subscribe((s) => states.push(s));
  tracker.start();
  return { states };
}

describe('PostTracker', () => {
  it('lists the posts on screen in page order, keyed by id', () => {
    const els = addPosts(['a', 'b', 'c', 'd']);
    const { states } = startTracker();
    io().show([els[2]!, els[0]!, els[1]!]);
    expect(states.at(-1)?.posts.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(states.at(-1)?.status).toBe('ready');
    io().show([els[0]!], false);
    expect(tracker?.current.posts.map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('picks up posts the page loads later and follows recycled rows', async () => {
    const [first] = addPosts(['a']);
    startTracker();
    io().show([first!]);
    const [later] = addPosts(['b']);
    await vi.advanceTimersByTimeAsync(60);
    expect(io().observed.has(later!)).toBe(true);
    io().show([later!]);
    expect(tracker?.current.posts.map((p) => p.id)).toEqual(['a', 'b']);
    // The site reuses the first row's element for another post.
    first!.dataset.id = 'z';
    first!.textContent = 'post z';
    await vi.advanceTimersByTimeAsync(60);
    expect(tracker?.current.posts.map((p) => p.id)).toEqual(['z', 'b']);
  });

  it('drops rows the page removed', async () => {
    const els = addPosts(['a', 'b']);
    startTracker();
    io().show(els);
    els[0]!.remove();
    await vi.advanceTimersByTimeAsync(60);
    expect(tracker?.current.posts.map((p) => p.id)).toEqual(['b']);
  });

  it('reads a post shown twice once', () => {
    const els = addPosts(['a', 'a']);
    startTracker();
    io().show(els);
    expect(tracker?.current.posts).toHaveLength(1);
  });

  it('says when posts exist but none is on screen', () => {
    addPosts(['a']);
    startTracker();
    expect(tracker?.current.status).toBe('offscreen');
  });

  it('looks for a while, then says nothing was recognised', async () => {
    document.body.innerHTML = '<main><div class="changed-markup">hello</div></main>';
    const { states } = startTracker();
    expect(tracker?.current.status).toBe('looking');
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)?.status).toBe('unrecognised');
  });

  it('says when the page is one it does not read, and looks again after navigation', () => {
    history.replaceState({}, '', '/settings/account');
    startTracker();
    expect(tracker?.current.status).toBe('unsupported');
    history.pushState({}, '', '/home');
    const [el] = addPosts(['a']);
    tracker?.navigated();
    io().show([el!]);
    expect(tracker?.current.status).toBe('ready');
    expect(tracker?.current.pageKind).toBe('timeline');
  });

  it('follows the site’s theme', async () => {
    startTracker();
    expect(tracker?.current.theme).toBe('light');
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    await vi.advanceTimersByTimeAsync(60);
    expect(tracker?.current.theme).toBe('dark');
  });

  it('scans at most once per interval however many mutations come', async () => {
    const spy = vi.spyOn(adapter, 'findPostElements');
    startTracker();
    spy.mockClear();
    for (let i = 0; i < 20; i += 1) {
      addPosts([`p${i}`]);
      await vi.advanceTimersByTimeAsync(1);
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
