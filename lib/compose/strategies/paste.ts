import { plainTextTransfer, selectionTarget, type RichStrategy } from './strategy';

/**
 * A paste event carrying the text, as if the agent pressed Ctrl+V: what Draft.js (X), Lexical
 * and ProseMirror all handle themselves, as one undoable change in their own history.
 */
export const pasteStrategy: RichStrategy = {
  name: 'paste',
  dispatch(root, text) {
    const transfer = plainTextTransfer(text);
    if (!transfer || typeof ClipboardEvent !== 'function') return 'unavailable';
    const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true, composed: true });
    // Some engines ignore clipboardData in the constructor; an event without it pastes nothing.
    if (event.clipboardData?.getData('text/plain') !== text) return 'unavailable';
    selectionTarget(root).dispatchEvent(event);
    return event.defaultPrevented ? 'claimed' : 'unclaimed';
  },
};
