import { plainTextTransfer, selectionTarget, type RichStrategy } from './strategy';

function targetRanges(root: HTMLElement): StaticRange[] {
  const range = root.ownerDocument.getSelection()?.getRangeAt(0);
  if (!range || typeof StaticRange !== 'function') return [];
  return [new StaticRange(range)];
}

/**
 * A `beforeinput` event, for editors built on the Input Events model that ignore paste events.
 * Several lines go as `insertFromPaste` with a DataTransfer (an `insertText` with line breaks
 * means something else to most editors); a single line as `insertText`.
 */
export const beforeInputStrategy: RichStrategy = {
  name: 'beforeinput',
  dispatch(root, text) {
    if (typeof InputEvent !== 'function') return 'unavailable';
    const transfer = text.includes('\n') ? plainTextTransfer(text) : null;
    if (text.includes('\n') && !transfer) return 'unavailable';
    const init: InputEventInit = transfer
      ? { inputType: 'insertFromPaste', data: null, dataTransfer: transfer }
      : { inputType: 'insertText', data: text };
    const event = new InputEvent('beforeinput', { ...init, targetRanges: targetRanges(root), bubbles: true, cancelable: true, composed: true });
    selectionTarget(root).dispatchEvent(event);
    return event.defaultPrevented ? 'claimed' : 'unclaimed';
  },
};
