import { editTargetOf, normaliseText } from './editable';
import { beforeInputStrategy } from './strategies/before-input';
import { execCommandStrategy } from './strategies/exec-command';
import { insertIntoField } from './strategies/field';
import { pasteStrategy } from './strategies/paste';
import { readSelection, readText, selectOffsets } from './strategies/read-back';
import { nextTask, readWhenSettled } from './strategies/settle';
import type { RichStrategy } from './strategies/strategy';
import { undoWrongInsertion } from './strategies/undo';

const RICH_STRATEGIES: readonly RichStrategy[] = [pasteStrategy, beforeInputStrategy, execCommandStrategy];

// How long an editor that cancelled our event may take to show the change before we give up.
const CLAIMED_PATIENCE_MS = 1_000;
// An editor that did not cancel the event but still reacts does so within a few tasks.
const UNCLAIMED_PATIENCE_MS = 20;

function foldLineBreaks(text: string): string {
  return text.replace(/\n+/g, '\n');
}

/**
 * ProseMirror's plain-text paste (like a real Ctrl+V there) folds blank lines into one
 * paragraph break; anything else must match exactly.
 */
function holdsExpected(actual: string, expected: string): boolean {
  return actual === expected || foldLineBreaks(actual) === foldLineBreaks(expected);
}

function focusInside(root: HTMLElement): void {
  const caret = readSelection(root);
  const active = root.ownerDocument.activeElement;
  if (!active || !root.contains(active)) root.focus({ preventScroll: true });
  const now = readSelection(root);
  if (caret) {
    // Focusing may move the caret (to the start, in some engines); the one the agent left wins.
    if (now?.start !== caret.start || now.end !== caret.end) selectOffsets(root, caret.start, caret.end, caret.backward);
  } else {
    // No caret was in the box (none saved or restored); focusing put one at its start in some
    // engines: the end is where a reply goes on.
    const end = readText(root).text.length;
    selectOffsets(root, end, end, false);
  }
}

async function insertIntoRich(root: HTMLElement, text: string): Promise<boolean> {
  focusInside(root);
  // Editors learn about selection changes from selectionchange, a task of its own.
  await nextTask();
  for (const strategy of RICH_STRATEGIES) {
    if (!root.isConnected) return false;
    const before = readSelection(root);
    if (!before) return false;
    const expected = before.text.slice(0, before.start) + text + before.text.slice(before.end);
    const dispatched = strategy.dispatch(root, text);
    if (dispatched === 'unavailable') continue;
    const patience = dispatched === 'claimed' ? CLAIMED_PATIENCE_MS : UNCLAIMED_PATIENCE_MS;
    const after = await readWhenSettled(root, () => readText(root).text, before.text, patience);
    if (after === null) return false;
    if (after === before.text) {
      // Taken on and not (yet) shown: trying another way could insert it twice.
      if (dispatched === 'claimed') return false;
      continue;
    }
    if (holdsExpected(after, expected)) return true;
    if (!(await undoWrongInsertion(root, after, before.text))) return false;
    const restored = readSelection(root);
    if (restored?.start !== before.start || restored.end !== before.end) selectOffsets(root, before.start, before.end, before.backward);
    await nextTask();
  }
  return false;
}

/**
 * Puts `text` at the caret of a compose box (replacing the selection) so that the editor's own
 * state holds it, as one undo step. Resolves false, changing nothing, when it cannot: a box that
 * must not be touched (password, read-only, disabled, not a text field), one that leaves the page
 * meanwhile, or an editor that takes none of the ways in. Never throws.
 *
 * Uses no extension API, so the same code can run in the page's own world (Firefox, where the
 * content script's DataTransfer does not reach the page's handlers).
 */
export async function insertText(target: HTMLElement, text: string): Promise<boolean> {
  try {
    const editable = editTargetOf(target);
    if (!editable || !target.isConnected) return false;
    if (editable.kind === 'field') {
      return await insertIntoField(editable.field, normaliseText(text, editable.field.localName === 'input'));
    }
    return await insertIntoRich(editable.root, normaliseText(text, false));
  } catch {
    return false;
  }
}
