import type { ComposeSite, PageKind, SiteAdapter, SiteTheme } from '../adapter';
import type { PostSnapshot } from '../post';
import { createXComposeSite } from './compose';
import { X_MARKERS as MARK, X_SELECTORS as SEL, X_TAGS as TAG, xStatusLinkSelector } from './selectors';

/** X handles: 1–15 letters, digits or underscores (old accounts keep names shorter than 4). */
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
const MENTION = /^@([A-Za-z0-9_]{1,15})$/;
const PROFILE_PATH = /^\/([A-Za-z0-9_]{1,15})\/?$/;
/** A post's path, relative or absolute; `/i/web/status/<id>` has no handle in it. */
const STATUS_PATH =
  /^(?:https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com)?\/(?:([A-Za-z0-9_]{1,15})|i(?:\/web)?)\/status\/(\d{1,19})(?:[/?#]|$)/;
const STATUS_ID = /^\d{1,19}$/;
/** What PostSnapshot accepts as a time: ISO 8601 with seconds and a zone. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const COLOR_SCHEME = /(?:^|;)\s*color-scheme\s*:\s*(dark|light)/i;
const BACKGROUND = /(?:^|;)\s*background(?:-color)?\s*:\s*([^;]+)/i;
const MAX_TEXT = 100_000;
/** Node.DOCUMENT_POSITION_PRECEDING and _FOLLOWING, without reaching for a global Node in another window. */
const PRECEDING = 2;
const FOLLOWING = 4;
/** A status page's path: only there do replies sit under an opened post. */
const STATUS_PAGE = /^\/(?:[A-Za-z0-9_]{1,15}|i(?:\/web)?)\/status\/\d{1,19}(?:\/|$)/;

const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com', 'www.x.com', 'www.twitter.com']);

/** Top-level paths that are X's own pages, not profiles, although some look like handles. */
const RESERVED_PATHS = new Set([
  'about', 'account', 'bookmarks', 'chat', 'communities', 'compose', 'download', 'explore', 'grok',
  'help', 'i', 'intent', 'jobs', 'lists', 'login', 'logout', 'messages', 'oauth', 'premium',
  'privacy', 'rules', 'settings', 'share', 'signup', 'tos',
]);
/** Profile tabs that list the account's posts. */
const PROFILE_TABS = new Set(['with_replies', 'media', 'highlights', 'articles', 'likes', 'superfollows']);
/** Views of one post that keep the post (and its replies) on screen. */
const POST_VIEWS = new Set(['photo', 'video', 'quotes']);

/** The post's own parts; anything inside a quoted post is left out. */
interface PostParts {
  article: Element;
  /** Quoted posts inside this one: role="link" boxes holding a post, and gone posts' articles. */
  quotes: Element[];
  userName: Element | null;
  tweetText: Element | null;
  time: Element | null;
  socialContext: Element | null;
  /** Links to x.com paths: profiles, "Replying to @x", the permalink and media links. */
  links: Element[];
}

export const xAdapter: SiteAdapter & ComposeSite = {
  network: 'x',
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  pageKind: xPageKind,
  feedRoot: (doc) => doc.querySelector(SEL.primaryColumn) ?? doc.querySelector(SEL.main),
  findPostElements,
  readPost,
  findPostElement,
  findComposeBoxes,
  theme: xTheme,
  viewerHandle,
  ...createXComposeSite(readPost),
};

function xPageKind(url: URL): PageKind {
  if (!X_HOSTS.has(url.hostname)) return 'unsupported';
  const [first, second, third, fourth, ...rest] = url.pathname.split('/').filter(Boolean);
  if (first === undefined) return 'unsupported';
  const top = first.toLowerCase();
  if (top === 'home') return second === undefined ? 'timeline' : 'unsupported';
  if (top === 'notifications') return 'notifications';
  if (top === 'search' || top === 'hashtag') return 'search';
  if (top === 'i') return isPermalinkUnderI(second, third, fourth) ? 'post' : 'unsupported';
  if (RESERVED_PATHS.has(top) || !HANDLE.test(first)) return 'unsupported';
  if (second === undefined) return 'profile';
  if (second === 'status') return isPostView(third, fourth, rest.length) ? 'post' : 'unsupported';
  return PROFILE_TABS.has(second) && third === undefined ? 'profile' : 'unsupported';
}

/** `/i/status/<id>` and `/i/web/status/<id>` are permalinks without a handle. */
function isPermalinkUnderI(second: string | undefined, third: string | undefined, fourth: string | undefined): boolean {
  if (second === 'status') return STATUS_ID.test(third ?? '');
  return second === 'web' && third === 'status' && STATUS_ID.test(fourth ?? '');
}

function isPostView(id: string | undefined, view: string | undefined, extraSegments: number): boolean {
  if (!STATUS_ID.test(id ?? '')) return false;
  if (view === undefined) return true;
  return POST_VIEWS.has(view) && extraSegments <= 1;
}

function findPostElements(root: ParentNode): Element[] {
  // An article inside a post is part of it (a quoted post), not a post of its own. Matches come
  // in document order, so such an article always follows the post that holds it.
  const posts: Element[] = [];
  let outer: Element | undefined;
  for (const post of root.querySelectorAll(SEL.post)) {
    if (outer?.contains(post)) continue;
    posts.push(post);
    outer = post;
  }
  return posts;
}

function readPost(el: Element): PostSnapshot | null {
  // Page markup is hostile input: a surprise in it must cost one post, never the whole scan.
  try {
    return readArticle(el);
  } catch {
    return null;
  }
}

function readArticle(article: Element): PostSnapshot | null {
  const parts = collectParts(article);
  const status = statusOf(parts);
  if (!status) return null;
  const handle = authorHandle(parts) ?? status.handle ?? '';
  const path = status.handle ?? handle;
  const replyingTo = replyContextHandles(parts);
  if (replyingTo.length === 0) {
    const opened = openedPostAuthor(article);
    if (opened) replyingTo.push(opened);
  }
  return {
    network: 'x',
    id: status.id,
    permalink: path ? `https://x.com/${path}/status/${status.id}` : `https://x.com/i/web/status/${status.id}`,
    authorName: authorName(parts).slice(0, 512),
    handle,
    text: parts.tweetText ? readText(parts.tweetText).slice(0, MAX_TEXT) : '',
    time: isoTime(parts.time),
    hasAvatar: hasOwnAvatar(parts),
    verified: Boolean(parts.userName?.querySelector(SEL.verifiedBadge)),
    isReply: replyingTo.length > 0,
    replyingTo,
    isQuote: parts.quotes.length > 0,
    isRepost: parts.socialContext !== null && isRepostContext(parts.socialContext),
    isAd: isAd(parts),
  };
}

/**
 * Finds the post's own parts with one simple query each: Chromium answers a single simple
 * selector on a fast path, while a selector list or a descendant combinator costs several
 * times more per post. The post's header and text come before any quoted post in document
 * order, so the first match is nearly always the post's own.
 */
function collectParts(article: Element): PostParts {
  const userNames = Array.from(article.querySelectorAll(SEL.userName));
  const quotes = quotedPosts(article, userNames);
  const own = (node: Element): boolean => !quotes.some((quote) => quote.contains(node));
  const first = (selector: string): Element | null => {
    const match = article.querySelector(selector);
    if (!match || quotes.length === 0 || own(match)) return match;
    return Array.from(article.querySelectorAll(selector)).find(own) ?? null;
  };
  const userName = userNames.find(own) ?? null;
  const links: Element[] = [];
  for (const link of article.querySelectorAll(SEL.pathLink)) if (quotes.length === 0 || own(link)) links.push(link);
  return {
    article,
    quotes,
    userName,
    tweetText: first(SEL.tweetText),
    // The opened post prints its time below a quoted post's, so every time is looked at.
    time: Array.from(article.getElementsByTagName(TAG.time)).find(own) ?? null,
    socialContext: linkedContext(links, userName),
    links,
  };
}

/**
 * The post's quoted posts: the role="link" boxes around any further author line, and the bare
 * articles X draws for quoted posts that are gone. (The affiliate badge beside an author's
 * name is a role="link" box too, but it sits inside the author line, not around one.)
 */
function quotedPosts(article: Element, userNames: Element[]): Element[] {
  const quotes: Element[] = Array.from(article.getElementsByTagName(TAG.article));
  for (const userName of userNames) {
    const box = userName.parentElement?.closest(SEL.quoteBox);
    if (box && article.contains(box) && !quotes.includes(box)) quotes.push(box);
  }
  return quotes;
}

/**
 * The "… reposted" line is a link above the author line, so only the links before the
 * User-Name are looked into rather than the whole post. A line that links nowhere ("Pinned")
 * is never a repost, so missing it costs nothing.
 */
function linkedContext(links: Element[], userName: Element | null): Element | null {
  for (const link of links) {
    if (userName && !(userName.compareDocumentPosition(link) & PRECEDING)) break;
    // The line may sit inside its link or hold it; looking up stops at the post.
    const around = link.closest(`${SEL.socialContext}, ${SEL.post}`);
    const context = link.querySelector(SEL.socialContext) ?? (around?.matches(SEL.socialContext) ? around : null);
    if (context) return context;
  }
  return null;
}

function isOwn(parts: PostParts, node: Element): boolean {
  return !parts.quotes.some((quote) => quote.contains(node));
}

interface StatusRef {
  id: string;
  handle: string | undefined;
}

/** The post's id comes from the link around its time; ads have none, but their media links carry it. */
function statusOf(parts: PostParts): StatusRef | null {
  const fromTime = statusRefOf(parts.time?.closest(SEL.link));
  if (fromTime) return fromTime;
  for (const link of parts.links) {
    const ref = statusRefOf(link);
    if (ref) return ref;
  }
  return null;
}

function statusRefOf(link: Element | null | undefined): StatusRef | null {
  const match = STATUS_PATH.exec(link?.getAttribute('href') ?? '');
  return match?.[2] ? { id: match[2], handle: match[1] } : null;
}

function authorHandle(parts: PostParts): string | undefined {
  const href = parts.userName?.querySelector(SEL.link)?.getAttribute('href') ?? '';
  return PROFILE_PATH.exec(href)?.[1];
}

function authorName(parts: PostParts): string {
  const name = parts.userName?.querySelector(SEL.displayName);
  return name ? readText(name).trim() : '';
}

function isoTime(time: Element | null): string | null {
  const value = time?.getAttribute('datetime') ?? '';
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** X's default "egg" picture counts as no picture. */
function hasOwnAvatar(parts: PostParts): boolean {
  const box = parts.article.querySelector(SEL.avatar);
  if (!box || !isOwn(parts, box)) return false;
  const src = box.getElementsByTagName(TAG.image)[0]?.getAttribute('src');
  return src ? !src.includes(MARK.defaultAvatarPath) : false;
}

/** The handles of the "Replying to @a @b" line, in order, without "@". */
function replyContextHandles(parts: PostParts): string[] {
  const handles: string[] = [];
  for (const link of parts.links) {
    const handle = replyContextHandle(link, parts);
    if (handle && !handles.includes(handle)) handles.push(handle);
  }
  return handles;
}

/**
 * On a status page X drops the "Replying to" line from the replies under the opened post: they
 * answer its author. The opened post is looked for only there, so timelines pay nothing.
 */
function openedPostAuthor(article: Element): string | null {
  const doc = article.ownerDocument;
  // Typed as always there, but a parsed (DOMParser, JSDOM) document may have no location.
  const location = doc.location as Location | null;
  if (!STATUS_PAGE.test(location?.pathname ?? '')) return null;
  const opened = doc.querySelector(SEL.focalPost);
  if (!opened || opened === article || opened.contains(article)) return null;
  if (!(opened.compareDocumentPosition(article) & FOLLOWING)) return null;
  return authorHandle(collectParts(opened)) ?? null;
}

/** "Replying to @x": a link to a profile whose text is that @handle, outside the author line and the text. */
function replyContextHandle(link: Element, parts: PostParts): string | null {
  if ([parts.userName, parts.tweetText, parts.socialContext].some((part) => part?.contains(link))) return null;
  const target = PROFILE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
  if (!target) return null;
  const mention = MENTION.exec(link.textContent.trim())?.[1];
  return mention?.toLowerCase() === target.toLowerCase() ? mention : null;
}

function isRepostContext(context: Element): boolean {
  // Communities also fill this line, with a link under /i/communities/.
  if (context.closest(SEL.link)?.getAttribute('href')?.startsWith('/i/')) return false;
  // "Jane reposted": only the words around the name say what happened, not the name itself.
  const name = context.querySelector(SEL.displayName)?.textContent ?? '';
  const words = context.textContent.replace(name, '');
  return MARK.repostWords.test(words) || hasRepostIcon(context);
}

/** The arrow beside the line says "repost" in every language. */
function hasRepostIcon(context: Element): boolean {
  let row: Element | null = context;
  for (let level = 0; row && level < 8; level += 1, row = row.parentElement) {
    const path = row.querySelector(SEL.iconPath);
    if (path) return (path.getAttribute('d') ?? '').startsWith(MARK.repostIconPath);
  }
  return false;
}

function isAd(parts: PostParts): boolean {
  // The ad's box sits between the post and its timeline row; looking up stops at the row.
  const box = parts.article.closest(`${SEL.placementTracking}, ${SEL.cell}`);
  if (box?.matches(SEL.placementTracking) && hasImpressionPixels(box)) return true;
  // Ads are the posts without a time: their links carry X's click id, and an "Ad" label sits
  // where the time would be.
  if (parts.time !== null) return false;
  const clickLink = parts.article.querySelector(SEL.adClickLink);
  return (clickLink !== null && isOwn(parts, clickLink)) || hasAdLabel(parts);
}

/** Ordinary videos sit in a placementTracking box too, but only ads get the pixels. */
function hasImpressionPixels(tracking: Element): boolean {
  return Array.from(tracking.children).some((child) => child.matches(SEL.impressionPixel));
}

function hasAdLabel(parts: PostParts): boolean {
  for (const span of parts.article.getElementsByTagName(TAG.span)) {
    if (span.childElementCount > 0 || !MARK.adLabel.test(span.textContent.trim())) continue;
    const inContent = [parts.userName, parts.tweetText].some((part) => part?.contains(span));
    if (!inContent && isOwn(parts, span)) return true;
  }
  return false;
}

/**
 * Text as the reader sees it: emoji images become their alt text, line breaks stay (X keeps
 * them as "\n" in text nodes), and the "…" X appends to shortened links is dropped. Walks
 * nodes instead of using innerText, which would force a layout per post.
 */
function readText(root: Element): string {
  // Most text is plain: nothing inside needs more than the text nodes.
  if (root.getElementsByTagName(TAG.image).length === 0 && !root.querySelector(SEL.nonText)) return root.textContent;
  const out: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) {
      out.push(node.nodeValue ?? '');
      continue;
    }
    if (node !== root && node.nodeType === 1 && !pushElementText(node as Element, out)) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out.join('');
}

/** Writes what an element stands for; false when its children are not text to read. */
function pushElementText(el: Element, out: string[]): boolean {
  switch (el.localName) {
    case 'img':
      out.push(el.getAttribute('alt') ?? '');
      return false;
    case 'br':
      out.push('\n');
      return false;
    case 'script':
    case 'style':
    case 'template':
      return false;
  }
  return !(el.getAttribute('aria-hidden') === 'true' && el.textContent === '…');
}

function findPostElement(root: ParentNode, id: string): Element | null {
  if (!STATUS_ID.test(id)) return null;
  for (const link of root.querySelectorAll(xStatusLinkSelector(id))) {
    const post = link.closest(SEL.post);
    if (post && statusOf(collectParts(post))?.id === id) return post;
  }
  return null;
}

function viewerHandle(doc: Document): string | null {
  const button = doc.querySelector(SEL.accountSwitcher);
  if (!button) return null;
  for (const span of button.getElementsByTagName(TAG.span)) {
    const handle = MENTION.exec(span.textContent.trim())?.[1];
    if (handle) return handle;
  }
  return null;
}

function findComposeBoxes(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll(SEL.composeBox)).filter(isHtmlElement);
}

/** Elements may come from another window (an iframe, a test's JSDOM), so instanceof can't be used. */
function isHtmlElement(el: Element): el is HTMLElement {
  return el.namespaceURI === 'http://www.w3.org/1999/xhtml';
}

/**
 * X paints the page background on <body> inline (white, "Dim" rgb(21, 32, 43), "Lights out"
 * black) and sets color-scheme on <html>. Both are attributes, so reading them costs no style
 * computation; the computed background is the last resort.
 */
function xTheme(doc: Document): SiteTheme {
  // Typed as always present, but a document can lack a body.
  const body = doc.body as HTMLElement | null;
  const inline = BACKGROUND.exec(body?.getAttribute('style') ?? '')?.[1];
  const fromBody = themeOfColor(inline);
  if (fromBody) return fromBody;
  const scheme = COLOR_SCHEME.exec(doc.documentElement.getAttribute('style') ?? '')?.[1];
  if (scheme) return scheme.toLowerCase() === 'dark' ? 'dark' : 'light';
  const computed = body ? doc.defaultView?.getComputedStyle(body).backgroundColor : undefined;
  return themeOfColor(computed) ?? 'light';
}

function themeOfColor(color: string | undefined): SiteTheme | null {
  const rgb = color ? parseColor(color) : null;
  if (!rgb) return null;
  const [r, g, b] = rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

function parseColor(color: string): [number, number, number] | null {
  const value = color.trim().toLowerCase();
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value);
  // A transparent body says nothing about the theme.
  if (rgb) return rgb[4] !== undefined && Number(rgb[4]) === 0 ? null : [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) return [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
  if (value === 'white') return [255, 255, 255];
  if (value === 'black') return [0, 0, 0];
  return null;
}
