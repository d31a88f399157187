import type { ComposeSite } from '../adapter';
import type { PostSnapshot } from '../post';
import { X_COMPOSE_SELECTORS as COMPOSE, X_SELECTORS as SEL } from './selectors';

/** A status page's path: its inline reply box answers the opened post. */
const STATUS_PAGE = /^\/(?:[A-Za-z0-9_]{1,15}|i(?:\/web)?)\/status\/\d{1,19}(?:\/|$)/;
/** X nests a box about a dozen levels below its composer; the send button is found well within this. */
const MAX_COMPOSER_DEPTH = 24;
const XHTML = 'http://www.w3.org/1999/xhtml';

/** The compose half of the X adapter; `readPost` is the adapter's own post reader. */
export function createXComposeSite(readPost: (el: Element) => PostSnapshot | null): ComposeSite {
  return {
    composeBoxOf,
    repliedPost: (box) => repliedPost(box, readPost),
    composeText,
    sendButton,
    panelContainer: (box) => dialogOf(box) ?? box.ownerDocument.body,
  };
}

function composeBoxOf(node: Node): HTMLElement | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const box = el?.closest(SEL.composeBox);
  return box && box.namespaceURI === XHTML ? (box as HTMLElement) : null;
}

function dialogOf(box: HTMLElement): HTMLElement | null {
  return box.closest<HTMLElement>(COMPOSE.dialog);
}

function repliedPost(box: HTMLElement, readPost: (el: Element) => PostSnapshot | null): PostSnapshot | null {
  const dialog = dialogOf(box);
  if (dialog) {
    // The dialog shows the post being answered above the box; a quoted post inside it is not an article.
    const shown = dialog.querySelector(SEL.post);
    return shown ? readPost(shown) : null;
  }
  const doc = box.ownerDocument;
  // Typed as always there, but a parsed (DOMParser, JSDOM) document may have no location.
  const location = doc.location as Location | null;
  if (!STATUS_PAGE.test(location?.pathname ?? '')) return null;
  const opened = doc.querySelector(SEL.focalPost);
  return opened ? readPost(opened) : null;
}

/** Draft.js's plain text: its blocks' text joined by "\n" (an empty block is an empty line). */
function composeText(box: HTMLElement): string {
  if (box.localName === 'textarea' || box.localName === 'input') return (box as HTMLTextAreaElement).value;
  const blocks = box.querySelectorAll(COMPOSE.draftBlock);
  if (blocks.length === 0) return box.textContent.replace(/\u00a0/g, ' ');
  const lines: string[] = [];
  for (const block of blocks) lines.push(block.textContent.replace(/\u00a0/g, ' '));
  return lines.join('\n');
}

/** The composer around the box is the nearest ancestor that holds a send button. */
function sendButton(box: HTMLElement): HTMLElement | null {
  let level = 0;
  for (let node = box.parentElement; node && level < MAX_COMPOSER_DEPTH; node = node.parentElement, level++) {
    const button = node.querySelector<HTMLElement>(COMPOSE.sendButton);
    if (button) return button;
  }
  return null;
}
