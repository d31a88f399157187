import { editTargetOf, type TextField } from './editable';
import { readSelection, selectOffsets } from './strategies/read-back';

/**
 * Where the caret or selection of a compose box was. Rich boxes keep text offsets rather than a
 * live Range: the editors re-render their DOM, and a Range into replaced nodes would point nowhere.
 */
export type SavedCaret =
  | { kind: 'field'; field: TextField; start: number; end: number; direction: 'forward' | 'backward' | 'none' }
  | { kind: 'rich'; root: HTMLElement; start: number; end: number; backward: boolean };

/** Call on focusout/blur of the box, before focus moves to Carebar's panel. Null if there is nothing to save. */
export function saveCaret(target: HTMLElement): SavedCaret | null {
  const editable = editTargetOf(target);
  if (!editable) return null;
  if (editable.kind === 'field') {
    const { field } = editable;
    if (field.selectionStart === null || field.selectionEnd === null) return null;
    return { kind: 'field', field, start: field.selectionStart, end: field.selectionEnd, direction: field.selectionDirection ?? 'none' };
  }
  const selection = readSelection(editable.root);
  if (!selection) return null;
  return { kind: 'rich', root: editable.root, start: selection.start, end: selection.end, backward: selection.backward };
}

/**
 * Focuses the box again and puts the saved caret back (clamped to the text as it is now). False
 * when the box has left the page.
 */
export function restoreCaret(saved: SavedCaret): boolean {
  try {
    if (saved.kind === 'field') {
      const { field } = saved;
      if (!field.isConnected) return false;
      field.focus({ preventScroll: true });
      const length = field.value.length;
      field.setSelectionRange(Math.min(saved.start, length), Math.min(saved.end, length), saved.direction);
      return true;
    }
    const { root } = saved;
    if (!root.isConnected) return false;
    const active = root.ownerDocument.activeElement;
    if (!active || !root.contains(active)) root.focus({ preventScroll: true });
    return selectOffsets(root, saved.start, saved.end, saved.backward);
  } catch {
    return false;
  }
}
