// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  X_MARKERS,
  X_SELECTORS,
  X_TAGS,
  xStatusLinkSelector,
  type XSelectorName,
  type XTagName,
} from '../../lib/sites/x/selectors';
import { xAdapter } from '../../lib/sites/x/adapter';
import { buildFixturePages } from '../fixtures/x/fixture-pages';

const FIXTURES = ['home-timeline', 'post-page', 'reply-box', 'notifications', 'unrecognised'] as const;
type Fixture = (typeof FIXTURES)[number];

const html = new Map(FIXTURES.map((name) => [name, readFileSync(`test/fixtures/x/${name}.html`, 'utf8')]));
const docs = new Map(FIXTURES.map((name) => [name, new JSDOM(html.get(name)).window.document]));

function doc(name: Fixture): Document {
  const found = docs.get(name);
  if (!found) throw new Error(`no fixture ${name}`);
  return found;
}

const WITH_POSTS: Fixture[] = ['home-timeline', 'post-page', 'reply-box', 'notifications'];

/**
 * The fixtures each selector is for. Typed as a Record over every selector, so a selector
 * added to selectors.ts without a fixture showing it does not compile.
 */
const MATCHES: Record<XSelectorName, Fixture[]> = {
  focalPost: ['post-page'],
  accountSwitcher: [...FIXTURES],
  primaryColumn: [...FIXTURES],
  main: [...FIXTURES],
  cell: [...FIXTURES],
  post: WITH_POSTS,
  quoteBox: ['home-timeline', 'notifications'],
  userName: WITH_POSTS,
  tweetText: WITH_POSTS,
  avatar: WITH_POSTS,
  verifiedBadge: WITH_POSTS,
  socialContext: ['home-timeline'],
  placementTracking: ['home-timeline'],
  impressionPixel: ['home-timeline'],
  link: [...FIXTURES],
  pathLink: [...FIXTURES],
  adClickLink: ['home-timeline'],
  displayName: WITH_POSTS,
  iconPath: [...FIXTURES],
  nonText: WITH_POSTS,
  composeBox: ['home-timeline', 'post-page', 'reply-box', 'unrecognised'],
};

/** Tags are looked up inside posts, so they must be found inside a post of these fixtures. */
const TAGS_IN_POSTS: Record<XTagName, Fixture[]> = {
  time: WITH_POSTS,
  article: ['home-timeline'],
  span: WITH_POSTS,
  image: WITH_POSTS,
};

describe('X selectors', () => {
  it.each(Object.entries(MATCHES) as [XSelectorName, Fixture[]][])('%s matches in its fixtures', (name, fixtures) => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      expect(doc(fixture).querySelector(X_SELECTORS[name]), `${name} in ${fixture}`).not.toBeNull();
    }
  });

  it.each(Object.entries(TAGS_IN_POSTS) as [XTagName, Fixture[]][])('<%s> is found inside posts', (name, fixtures) => {
    for (const fixture of fixtures) {
      const posts = Array.from(doc(fixture).querySelectorAll(X_SELECTORS.post));
      expect(posts.some((post) => post.getElementsByTagName(X_TAGS[name]).length > 0), `${name} in ${fixture}`).toBe(true);
    }
  });

  it('finds no post where X changed its markup', () => {
    expect(doc('unrecognised').querySelector(X_SELECTORS.post)).toBeNull();
  });

  it('tells an ad from a video by the pixels beside it', () => {
    const boxes = Array.from(doc('home-timeline').querySelectorAll(X_SELECTORS.placementTracking));
    const withPixels = boxes.filter((box) => Array.from(box.children).some((child) => child.matches(X_SELECTORS.impressionPixel)));
    expect(boxes.length).toBeGreaterThan(withPixels.length);
    expect(withPixels).toHaveLength(1);
  });

  it('builds permalink selectors from digits only', () => {
    expect(xStatusLinkSelector('1991894734599094274')).toBe('a[href*="/status/1991894734599094274"]');
    expect(xStatusLinkSelector('12"] , * [x="3')).toBe('a[href*="/status/123"]');
    expect(doc('post-page').querySelector(xStatusLinkSelector('1991894734599094274'))).not.toBeNull();
  });
});

describe('X markers', () => {
  it('match what the fixtures show', () => {
    const home = doc('home-timeline');
    const paths = Array.from(home.querySelectorAll(X_SELECTORS.iconPath)).map((path) => path.getAttribute('d') ?? '');
    expect(paths.some((d) => d.startsWith(X_MARKERS.repostIconPath))).toBe(true);
    expect(X_MARKERS.repostWords.test(home.querySelector(X_SELECTORS.socialContext)?.textContent ?? '')).toBe(true);
    expect(html.get('home-timeline')).toContain(X_MARKERS.defaultAvatarPath);
    const spans = Array.from(home.querySelectorAll('span')).map((span) => span.textContent);
    expect(spans.some((text) => X_MARKERS.adLabel.test(text))).toBe(true);
  });

  it('do not take ordinary words for an ad label', () => {
    for (const word of ['Add', 'Adam', 'Ads', 'ad hoc', 'Admin']) expect(X_MARKERS.adLabel.test(word)).toBe(false);
  });
});

describe('X fixtures', () => {
  it('are what fixture-pages.ts builds (run "npx vite-node test/fixtures/x/build-fixtures.ts")', () => {
    const built = buildFixturePages();
    expect(Object.keys(built).sort()).toEqual(FIXTURES.map((name) => `${name}.html`).sort());
    for (const name of FIXTURES) expect(html.get(name) === built[`${name}.html`], name).toBe(true);
  });

  it.each(FIXTURES)('%s is a whole x.com document with its theme on html and body', (name) => {
    const page = doc(name);
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    expect(page.documentElement.getAttribute('dir')).toBe('ltr');
    expect(page.documentElement.getAttribute('style')).toMatch(/color-scheme: (light|dark);/);
    expect(page.body.getAttribute('style')).toMatch(/^background-color: rgb\(/);
    expect(page.querySelector('header[role="banner"] nav[aria-label="Primary"]')).not.toBeNull();
    expect(page.querySelector('[data-testid="cellInnerDiv"]')?.closest('[aria-label^="Timeline: "]')).not.toBeNull();
  });

  it('load nothing from the network except emoji and the default avatar', () => {
    for (const name of FIXTURES) {
      const sources = Array.from(doc(name).querySelectorAll('img[src], video[poster]')).map((el) => el.getAttribute('src') ?? el.getAttribute('poster') ?? '');
      const remote = sources.filter((src) => !src.startsWith('data:'));
      expect(remote.every((src) => src.startsWith('https://abs-0.twimg.com/emoji/') || src.includes(X_MARKERS.defaultAvatarPath)), name).toBe(true);
      expect(doc(name).querySelectorAll('script, link[rel="stylesheet"]')).toHaveLength(0);
    }
  });
});

/** Captures made by scripts/refresh-x-fixtures.mjs, when someone has added them. */
const LIVE = readdirSync('test/fixtures/x').filter((file) => file.endsWith('.live.html'));
/** What every capture of a page with posts must show, whatever posts it happens to hold. */
const ALWAYS: XSelectorName[] = ['primaryColumn', 'main', 'post', 'userName', 'avatar', 'link', 'pathLink', 'displayName'];

describe.skipIf(LIVE.length === 0)('X live captures', () => {
  it.each(LIVE)('%s still shows what the adapter reads', (file) => {
    const page = new JSDOM(readFileSync(`test/fixtures/x/${file}`, 'utf8')).window.document;
    for (const name of ALWAYS) expect(page.querySelector(X_SELECTORS[name]), name).not.toBeNull();
    const root = xAdapter.feedRoot(page);
    const posts = root ? xAdapter.findPostElements(root).map((el) => xAdapter.readPost(el)) : [];
    expect(posts.filter((post) => post !== null).length).toBeGreaterThan(0);
    if (file.startsWith('reply-box') || file.startsWith('post-page')) expect(xAdapter.findComposeBoxes(page).length).toBeGreaterThan(0);
  });
});
