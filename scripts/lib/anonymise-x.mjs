/**
 * Turns a captured x.com page into a fixture that names nobody: handles, display names, status
 * ids and account ids are replaced by stable stand-ins (the same real value always gets the
 * same stand-in, across every page given the same Pseudonyms), pictures become a data: URI,
 * scripts and style sheets go, and post text is scrambled unless it is kept on purpose.
 *
 * It works on a DOM Document, so it runs on jsdom in tests and in scripts/refresh-x-fixtures.mjs
 * alike. The structure X rendered (data-testids, roles, wrappers, classes) is left as it was:
 * that structure is what the fixtures are for.
 */

const HANDLE_TEXT = /(?<!\w)@([A-Za-z0-9_]{1,15})\b/g;
const HANDLE_PATH = /^\/([A-Za-z0-9_]{1,15})(?=\/|\?|#|$)/;
const STATUS_ID = /(\/status\/)(\d{1,19})/g;
const COMMUNITY_ID = /(\/i\/communities\/)(\d+)/g;
const ACCOUNT_TEST_ID = /^(\d{5,20})(-\w+)$/;
const AVATAR_TEST_ID = /^(UserAvatar-Container-)(.+)$/;
const URL_IN_STYLE = /url\((["']?|&quot;)(.*?)\1\)/g;

/** Paths of X's own pages, which look like handles but name nobody. */
const RESERVED = new Set([
  'about', 'account', 'bookmarks', 'chat', 'communities', 'compose', 'download', 'explore', 'grok', 'hashtag',
  'help', 'home', 'i', 'intent', 'jobs', 'lists', 'login', 'logout', 'messages', 'notifications', 'oauth',
  'premium', 'privacy', 'rules', 'search', 'settings', 'share', 'signup', 'tos',
]);

/** Emoji images and X's default avatar say nothing about anyone; the adapter reads both. */
const KEPT_PICTURES = ['https://abs-0.twimg.com/emoji/', 'https://abs.twimg.com/emoji/', '/default_profile_images/'];
const PLACEHOLDER_PICTURE =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 4 4'%3E%3Crect width='4' height='4' fill='%2399a'/%3E%3C/svg%3E";

/** Everything that is code, styling or metadata about the signed-in session. */
const STRIPPED = 'script, style, noscript, iframe, link, meta:not([charset]):not([name="viewport"]):not([name="theme-color"])';
/** Parts of the page unrelated to posts that hold other people's words: emptied. */
const EMPTIED = '[data-testid="sidebarColumn"], [data-testid="DMDrawer"], [data-testid="chat-drawer-root"], [data-testid="GrokDrawer"]';
/** Where people write: scrambled unless the text is kept. */
const WRITTEN = '[data-testid="tweetText"], [data-testid="card.wrapper"], [data-testid="UserDescription"], [data-testid="UserCell"], [data-contents="true"], [data-testid="notification"]';
/** Blocks whose first element with a text direction shows a display name. */
const NAMED = '[data-testid="User-Name"], [data-testid="UserName"], [data-testid="socialContext"], [data-testid="UserCell"], [data-testid="SideNav_AccountSwitcher_Button"]';
/** Handles this short are too often ordinary words to be replaced where they appear without "@". */
const BARE_HANDLE_MIN = 5;

/**
 * The stand-ins of one run. Give the same instance to every page of a run so that someone on
 * the home timeline keeps their stand-in on the post page.
 */
export class Pseudonyms {
  #handles = new Map();
  #names = new Map();
  #statuses = new Map();
  #accounts = new Map();

  /** @param {string} real a handle without "@" */
  handle(real) {
    return stand(this.#handles, real.toLowerCase(), (n) => `user${String(n).padStart(3, '0')}`);
  }

  /** @param {string} real a display name */
  name(real) {
    return stand(this.#names, real.trim(), (n) => `Person ${n}`);
  }

  /** @param {string} real a status id */
  status(real) {
    return stand(this.#statuses, real, (n) => String(1800000000000000000n + BigInt(n) * 4194304n));
  }

  /** @param {string} real an account or community id */
  account(real) {
    return stand(this.#accounts, real, (n) => String(1000000 + n));
  }

  /** @param {string} real a handle without "@" */
  isKnownHandle(real) {
    return this.#handles.has(real.toLowerCase());
  }

  /** The real handles seen so far, lower-cased. */
  knownHandles() {
    return [...this.#handles.keys()];
  }

  counts() {
    return { handles: this.#handles.size, names: this.#names.size, statuses: this.#statuses.size, accounts: this.#accounts.size };
  }
}

/**
 * @template T
 * @param {Map<string, T>} map
 * @param {string} key
 * @param {(n: number) => T} make
 * @returns {T}
 */
function stand(map, key, make) {
  let value = map.get(key);
  if (value === undefined) {
    value = make(map.size + 1);
    map.set(key, value);
  }
  return value;
}

/**
 * @typedef {{ keepText?: boolean, pseudonyms?: Pseudonyms }} AnonymiseOptions
 * @typedef {{ handles: number, names: number, statuses: number, accounts: number, pictures: number }} AnonymiseReport
 */

/**
 * Anonymises `doc` in place.
 * @param {Document} doc
 * @param {AnonymiseOptions} [options]
 * @returns {AnonymiseReport} how many distinct values were replaced, and how many pictures
 */
export function anonymiseXDocument(doc, options = {}) {
  const pseudonyms = options.pseudonyms ?? new Pseudonyms();
  const keepText = options.keepText ?? false;
  for (const el of doc.querySelectorAll(STRIPPED)) el.remove();
  for (const el of doc.querySelectorAll(EMPTIED)) el.replaceChildren();
  doc.title = 'X';
  collectHandles(doc, pseudonyms);
  // Names are read before any scrambling, and written back after it.
  const named = nameElements(doc);
  if (!keepText) for (const el of doc.querySelectorAll(WRITTEN)) scrambleText(el, pseudonyms);
  const names = writeNames(named, pseudonyms);
  const rewrite = textRewriter(pseudonyms, names);
  for (const node of textNodes(doc.body)) node.nodeValue = rewrite(node.nodeValue ?? '');
  const pictures = replacePictures(doc);
  for (const el of doc.querySelectorAll('*')) rewriteAttributes(el, pseudonyms, rewrite, keepText);
  return { ...pseudonyms.counts(), pictures };
}

/** Handles come from profile links, avatar test ids and @mentions; they are learnt before any rewriting. */
function collectHandles(doc, pseudonyms) {
  for (const link of doc.querySelectorAll('a[href]')) {
    const handle = HANDLE_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (handle && !RESERVED.has(handle.toLowerCase())) pseudonyms.handle(handle);
  }
  for (const el of doc.querySelectorAll('[data-testid^="UserAvatar-Container-"]')) {
    pseudonyms.handle(AVATAR_TEST_ID.exec(el.getAttribute('data-testid') ?? '')?.[2] ?? '');
  }
  for (const node of textNodes(doc.body)) {
    for (const match of (node.nodeValue ?? '').matchAll(HANDLE_TEXT)) pseudonyms.handle(match[1]);
  }
}

/** The elements that show a display name, with the name they show. */
function nameElements(doc) {
  const found = [];
  for (const block of doc.querySelectorAll(NAMED)) {
    const el = block.querySelector('[dir]');
    const real = el ? plainText(el).trim() : '';
    if (el && real && !real.startsWith('@')) found.push({ el, real });
  }
  return found;
}

/** Puts each name's stand-in in its element; returns the real names, longest first, to find them elsewhere. */
function writeNames(named, pseudonyms) {
  for (const { el, real } of named) {
    const span = el.ownerDocument.createElement('span');
    span.className = el.querySelector('span')?.className ?? '';
    span.textContent = pseudonyms.name(real);
    el.replaceChildren(span);
  }
  return [...new Set(named.map(({ real }) => real))].sort((a, b) => b.length - a.length);
}

/** Text with emoji images read as their alt text, as the page shows it. */
function plainText(el) {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) text += node.localName === 'img' ? (node.getAttribute('alt') ?? '') : plainText(node);
  }
  return text;
}

/**
 * Keeps the shape of what was written (length, spaces, punctuation, emoji, @mentions) and
 * loses the words: letters become x and digits 0.
 */
function scrambleText(root, pseudonyms) {
  for (const node of textNodes(root)) {
    const value = node.nodeValue ?? '';
    const mention = /^@([A-Za-z0-9_]{1,15})$/.exec(value.trim());
    if (!mention || !pseudonyms.isKnownHandle(mention[1])) node.nodeValue = scrambled(value);
  }
}

function scrambled(value) {
  return value.replace(/\p{L}/gu, (letter) => (/\p{Lu}/u.test(letter) ? 'X' : 'x')).replace(/\p{N}/gu, '0');
}

/** Replaces @handles, longer bare handles and display names in a piece of text or a label. */
function textRewriter(pseudonyms, names) {
  const bare = pseudonyms.knownHandles().filter((handle) => handle.length >= BARE_HANDLE_MIN);
  const bareHandle = bare.length > 0 ? new RegExp(`(?<![\\w@/])(${bare.join('|')})(?!\\w)`, 'gi') : null;
  return (value) => {
    let out = value.replace(HANDLE_TEXT, (whole, handle) => (pseudonyms.isKnownHandle(handle) ? `@${pseudonyms.handle(handle)}` : whole));
    if (bareHandle) out = out.replace(bareHandle, (handle) => pseudonyms.handle(handle));
    for (const name of names) if (out.includes(name)) out = out.split(name).join(pseudonyms.name(name));
    return out;
  };
}

/** Pictures become one placeholder; emoji and the default avatar stay, since they identify nobody. */
function replacePictures(doc) {
  let count = 0;
  for (const img of doc.querySelectorAll('img[src], img[srcset]')) {
    img.removeAttribute('srcset');
    if (isKept(img.getAttribute('src') ?? '')) continue;
    img.setAttribute('src', PLACEHOLDER_PICTURE);
    count += 1;
  }
  for (const video of doc.querySelectorAll('video')) {
    video.removeAttribute('src');
    if (video.hasAttribute('poster')) video.setAttribute('poster', PLACEHOLDER_PICTURE);
    for (const source of video.querySelectorAll('source')) source.remove();
    count += 1;
  }
  for (const el of doc.querySelectorAll('[style*="url("]')) {
    const style = el.getAttribute('style') ?? '';
    el.setAttribute('style', style.replace(URL_IN_STYLE, (whole, quote, url) => (isKept(url) ? whole : `url(${quote}${PLACEHOLDER_PICTURE}${quote})`)));
  }
  return count;
}

function isKept(url) {
  return KEPT_PICTURES.some((kept) => url.includes(kept));
}

const LABEL_ATTRIBUTES = ['alt', 'aria-label', 'title', 'placeholder'];

function rewriteAttributes(el, pseudonyms, rewrite, keepText) {
  const href = el.getAttribute('href');
  if (href !== null) el.setAttribute('href', rewriteHref(href, pseudonyms, keepText));
  const testId = el.getAttribute('data-testid');
  if (testId !== null) el.setAttribute('data-testid', rewriteTestId(testId, pseudonyms));
  for (const attribute of LABEL_ATTRIBUTES) {
    const value = el.getAttribute(attribute);
    if (value) el.setAttribute(attribute, rewrite(value));
  }
  if (el.localName === 'input') el.removeAttribute('value');
}

function rewriteHref(href, pseudonyms, keepText) {
  // Outbound links lead to whoever posted them; t.co links are opaque anyway.
  if (/^https?:\/\/(?!(?:www\.|mobile\.)?(?:x|twitter)\.com\/)/.test(href)) {
    return href.includes('twclid=') ? 'https://example.com/?twclid=redacted' : 'https://t.co/redacted';
  }
  const path = href
    .replace(/^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com/, '')
    .replace(HANDLE_PATH, (whole, handle) => (RESERVED.has(handle.toLowerCase()) ? whole : `/${pseudonyms.handle(handle)}`))
    .replace(STATUS_ID, (_, prefix, id) => `${prefix}${pseudonyms.status(id)}`)
    .replace(COMMUNITY_ID, (_, prefix, id) => `${prefix}${pseudonyms.account(id)}`);
  // A hashtag is part of what was written.
  return keepText ? path : path.replace(/^(\/hashtag\/)([^?#]*)/, (_, prefix, tag) => `${prefix}${scrambled(decodeURIComponent(tag))}`);
}

function rewriteTestId(testId, pseudonyms) {
  const avatar = AVATAR_TEST_ID.exec(testId);
  if (avatar) return `${avatar[1]}${pseudonyms.handle(avatar[2])}`;
  const account = ACCOUNT_TEST_ID.exec(testId);
  return account ? `${pseudonyms.account(account[1])}${account[2]}` : testId;
}

/** @param {Node | null} root */
function textNodes(root) {
  if (!root) return [];
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const nodes = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
  return nodes;
}
