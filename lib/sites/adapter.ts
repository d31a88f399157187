import type { Network, PostSnapshot } from './post';

/** What kind of page the adapter thinks it is on; `unsupported` pages get no post list. */
export type PageKind = 'timeline' | 'notifications' | 'search' | 'profile' | 'post' | 'unsupported';

export type SiteTheme = 'light' | 'dark';

/**
 * The only code that knows a network's markup. Everything else (sidebar, classifier, storage)
 * works on `PostSnapshot`s and never queries the page itself.
 */
export interface SiteAdapter {
  readonly network: Network;
  /** Hosts this adapter serves, as in the manifest's match patterns. */
  readonly matches: readonly string[];
  pageKind(url: URL): PageKind;
  /** The element whose subtree holds the posts; observed for changes. Null until the app has rendered. */
  feedRoot(doc: Document): Element | null;
  /** Post elements under `root`, in document order. */
  findPostElements(root: ParentNode): Element[];
  /** Reads one post; null when the element is not a readable post (no id, placeholder, tombstone). */
  readPost(el: Element): PostSnapshot | null;
  /** The element on screen for a post id, found again each time because the site recycles rows. */
  findPostElement(root: ParentNode, id: string): Element | null;
  /** Editable reply or compose boxes currently in the page. */
  findComposeBoxes(root: ParentNode): HTMLElement[];
  theme(doc: Document): SiteTheme;
  /** The signed-in account's handle (the brand's, when an agent works from it), or null. */
  viewerHandle(doc: Document): string | null;
}

/**
 * What the compose assistant needs from a network's page, beside `SiteAdapter`: the reply box
 * the agent is in, what it answers and what it holds. Kept apart so sites (and tests) that only
 * list posts need not implement it.
 */
export interface ComposeSite {
  /** The compose box `node` is (or is inside), or null. */
  composeBoxOf(node: Node): HTMLElement | null;
  /**
   * The post this box answers: the one shown in a reply dialog, or the opened post for a status
   * page's inline reply box. Null for a new post ("What's happening?").
   */
  repliedPost(box: HTMLElement): PostSnapshot | null;
  /** The box's text as its editor holds it: one line per block, joined by "\n". */
  composeText(box: HTMLElement): string;
  /** The box's own send button, to read (never to press); null when none is found. */
  sendButton(box: HTMLElement): HTMLElement | null;
  /**
   * Where a panel for this box is attached: inside the box's dialog, so the site's focus trap
   * counts it as part of the dialog; the body otherwise.
   */
  panelContainer(box: HTMLElement): HTMLElement;
}
