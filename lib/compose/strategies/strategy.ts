/**
 * One way of asking a rich editor to insert text. It only dispatches; the caller reads the box
 * back to learn what happened, because an editor's answer to an event says nothing reliable
 * about its state.
 *
 * - `claimed`: the editor (or browser) took it on: it cancelled the event or ran the command.
 * - `unclaimed`: dispatched, nobody took it; an untrusted event has no default action, so the
 *   box is unchanged and the next strategy is safe.
 * - `unavailable`: this browser or world cannot build what the strategy needs.
 */
export type DispatchResult = 'claimed' | 'unclaimed' | 'unavailable';

export interface RichStrategy {
  readonly name: string;
  dispatch(root: HTMLElement, text: string): DispatchResult;
}

/** Where the browser itself would fire editing events: the element holding the selection's start. */
export function selectionTarget(root: HTMLElement): Element {
  const range = root.ownerDocument.getSelection()?.getRangeAt(0);
  const node = range?.startContainer;
  const element = node?.nodeType === Node.ELEMENT_NODE ? (node as Element) : node?.parentElement;
  return element && root.contains(element) ? element : root;
}

/** A DataTransfer carrying `text` as plain text only (never HTML), or null where none can be made. */
export function plainTextTransfer(text: string): DataTransfer | null {
  if (typeof DataTransfer !== 'function') return null;
  try {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    return transfer;
  } catch {
    return null;
  }
}
