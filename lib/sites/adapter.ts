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
