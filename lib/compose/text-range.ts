import { editTargetOf } from './editable';
import { readText, selectOffsets } from './strategies/read-back';

/**
 * Selects plain-text offsets [start, end) of a compose box (a rich editor's lines are its blocks),
 * so that `insertText` then replaces exactly that stretch through the editor. Focuses the box
 * first. False when the box cannot be written to or the range is not inside its text.
 */
export function selectTextRange(box: HTMLElement, start: number, end: number): boolean {
  const target = editTargetOf(box);
  if (!target || !box.isConnected || start < 0 || end < start) return false;
  if (target.kind === 'field') {
    const { field } = target;
    if (end > field.value.length) return false;
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    return true;
  }
  const { root } = target;
  if (end > readText(root).text.length) return false;
  const active = root.ownerDocument.activeElement;
  if (!active || !root.contains(active)) root.focus({ preventScroll: true });
  return selectOffsets(root, start, end, false);
}
