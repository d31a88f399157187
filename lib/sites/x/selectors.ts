/**
 * Every CSS selector the X adapter uses, beside the fixtures it must match
 * (test/fixtures/x, checked by test/unit/x-selectors.test.ts).
 *
 * X is React Native for Web: its class names (css-175oi2r, r-18u37iz) are generated per build
 * and say nothing, so nothing here uses them. What survives builds and languages are the
 * data-testid attributes, ARIA roles, the element types and the shape of links.
 */
export const X_SELECTORS = {
  /** The opened post of a status page: the only post X makes not focusable by Tab. */
  focalPost: 'article[data-testid="tweet"][tabindex="-1"]',
  /** The signed-in account's button at the foot of the left menu; it shows the @handle. */
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  /** The middle column: home, search, profiles, status pages and notifications all render here. */
  primaryColumn: '[data-testid="primaryColumn"]',
  /** Present from the first paint, before the column has rendered; the feed root's fallback. */
  main: 'main[role="main"]',
  /** A timeline row; the box an ad's placementTracking sits in. */
  cell: '[data-testid="cellInnerDiv"]',
  /** One post. A quoted post inside it is a div[role="link"], not an article. */
  post: 'article[data-testid="tweet"]',
  /** A quoted post's clickable box. Also the affiliate badge inside a User-Name, which holds no post. */
  quoteBox: 'div[role="link"]',
  /** The author line: display name, verified badge, @handle and (except on the opened post) the time. */
  userName: '[data-testid="User-Name"]',
  /** The post's text; also present, separately, inside a quoted post. */
  tweetText: '[data-testid="tweetText"]',
  /** The author's picture box; its img's src names the default "egg" picture when there is none. */
  avatar: '[data-testid="Tweet-User-Avatar"]',
  /** The check mark, in every colour (blue, gold business, grey government). */
  verifiedBadge: '[data-testid="icon-verified"]',
  /** The line above a post: "Jane reposted", "Pinned", a community's name. */
  socialContext: '[data-testid="socialContext"]',
  /** Wraps ads (with impression pixels as first children) and also ordinary videos (without). */
  placementTracking: '[data-testid="placementTracking"]',
  /** The four 1px boxes X only renders to count an ad's impressions. */
  impressionPixel: '[data-testid$="-impression-pixel"]',
  /** Any link: permalinks, profile links, "Replying to @x", photo links, outbound cards. */
  link: 'a[href]',
  /** Links within x.com: profiles, "Replying to @x", the permalink, photo and analytics links. */
  pathLink: 'a[href^="/"]',
  /** An ad's outbound link, which carries X's click id. */
  adClickLink: 'a[href*="twclid="]',
  /** The display name is the first element with a text direction inside the User-Name. */
  displayName: '[dir]',
  /** Icons; the one beside the social-context line tells a repost in any language. */
  iconPath: 'svg path',
  /** What text reading must treat specially besides emoji images: line breaks, hidden "…", code. */
  nonText: 'br, [aria-hidden="true"], script, style, template',
  /** X's Draft.js editors (tweetTextarea_0, _1… in a thread); its label and container share the prefix. */
  composeBox: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
} as const;

export type XSelectorName = keyof typeof X_SELECTORS;

/**
 * What the compose assistant reads around X's Draft.js boxes (checked against the fixtures by
 * test/unit/x-compose.test.ts).
 */
export const X_COMPOSE_SELECTORS = {
  /** A modal in #layers: the reply dialog, which shows the post being answered above its box. */
  dialog: '[role="dialog"][aria-modal="true"]',
  /** One Draft.js block: a line of the editor's text (an empty line holds only a <br data-text>). */
  draftBlock: '[data-block="true"]',
  /** "Reply"/"Post": tweetButton in dialogs, tweetButtonInline under a post and on Home. */
  sendButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
} as const;

export type XComposeSelectorName = keyof typeof X_COMPOSE_SELECTORS;

/**
 * Elements found by name. getElementsByTagName's live lists are far cheaper than a selector
 * query (Chromium caches them per subtree), and these parts have no better hook than their tag.
 */
export const X_TAGS = {
  /** The timestamp, with its ISO datetime; absent on ads. */
  time: 'time',
  /**
   * Within a post, an article is a quoted post that is gone ("This post is unavailable."): X
   * draws it as a bare article inside the quoting one.
   */
  article: 'article',
  /** Where X prints the "Ad" label of a promoted post, which has no timestamp. */
  span: 'span',
  /** Pictures: the avatar's inside its box, and emoji in names and text (read as their alt text). */
  image: 'img',
} as const;

export type XTagName = keyof typeof X_TAGS;

/**
 * Links that may be a post's permalink (the time's link, photo and analytics links). The id is
 * digits only, so it cannot break out of the attribute; callers still check the exact id,
 * since 123 also matches inside /status/1234.
 */
export function xStatusLinkSelector(id: string): string {
  return `a[href*="/status/${id.replace(/\D/g, '')}"]`;
}

/** Signals that are not selectors: text and attribute values the adapter compares against. */
export const X_MARKERS = {
  /** The start of the arrow drawn beside "… reposted"; the repost button's arrow is a different drawing. */
  repostIconPath: 'M4.75 3.79l4.603 4.3',
  /** "Jane reposted" in the languages most care teams work in; the icon covers the rest. */
  repostWords: /repost|retweet|リポスト|转帖|轉貼|转推|轉推|재게시|리트윗/i,
  /** X's label for a promoted post, where other posts show their time. */
  adLabel:
    /^(ad|promoted|sponsored|anzeige|gesponsert|publicité|sponsorisé|anuncio|promocionado|anúncio|promovido|annuncio|sponsorizzato|advertentie|gesponsord|reklam|reklama|広告|プロモーション|광고|广告|廣告|推廣|推广)$/i,
  /** Path segment of X's placeholder pictures (default_profile_normal.png and sizes). */
  defaultAvatarPath: '/default_profile_images/',
} as const;
