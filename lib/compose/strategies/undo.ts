import { readText } from './read-back';
import { readWhenSettled } from './settle';

function isApple(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.userAgent);
}

/** Ctrl+Z (⌘Z on Apple), which Draft.js, Lexical and ProseMirror read from keydown to undo in their own history. */
function undoKeyDown(target: Element): boolean {
  const apple = isApple();
  const event = new KeyboardEvent('keydown', {
    key: 'z',
    code: 'KeyZ',
    ctrlKey: !apple,
    metaKey: apple,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  // Draft.js still decides on keyCode, which KeyboardEvent's constructor cannot set everywhere.
  Object.defineProperty(event, 'keyCode', { value: 90 });
  Object.defineProperty(event, 'which', { value: 90 });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

function nativeUndo(document: Document): void {
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the browser's own undo stack has no other entry point
    document.execCommand('undo');
  } catch {
    // Nothing to undo with; the caller sees the box unchanged and gives up.
  }
}

/**
 * Takes back a change that came out wrong, as the agent would (one undo), and tells whether the
 * box holds `before` again. Only ever called right after our own change, so the step undone is
 * ours.
 */
export async function undoWrongInsertion(root: HTMLElement, wrong: string, before: string): Promise<boolean> {
  const focused = root.ownerDocument.activeElement;
  const handled = undoKeyDown(focused && root.contains(focused) ? focused : root);
  if (!handled) nativeUndo(root.ownerDocument);
  const now = await readWhenSettled(root, () => readText(root).text, wrong, 300);
  return now === before;
}
