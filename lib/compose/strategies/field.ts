import type { TextField } from '../editable';
import { execInsertText } from './exec-command';
import { readWhenSettled } from './settle';

/**
 * Sets a field's value through the element prototype's own setter: React (and similar) replace
 * the instance's `value` property to track changes, and a write through it would be swallowed
 * as "already known", leaving the component's state behind.
 */
function setNativeValue(field: TextField, value: string): void {
  Reflect.set(Object.getPrototypeOf(field) as object, 'value', value, field);
}

function announce(field: TextField, inputType: string, data: string | null): void {
  const init = { bubbles: true, composed: true, inputType, data };
  field.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', init));
}

function writeValue(field: TextField, value: string, caret: number, inputType: string, data: string | null): void {
  setNativeValue(field, value);
  field.setSelectionRange(caret, caret);
  announce(field, inputType, data);
}

/**
 * Inserts into a <textarea> or text <input> at its selection. First the browser's insertText
 * command (a real undo step, and the trusted input event React listens to); where the browser
 * has no such command, the value setter plus an input event. A change that came out wrong (a
 * maxlength cut, a page handler rewriting it) is undone and reported as a failure.
 */
export async function insertIntoField(field: TextField, text: string): Promise<boolean> {
  const document = field.ownerDocument;
  if (document.activeElement !== field) field.focus({ preventScroll: true });
  const before = field.value;
  const start = field.selectionStart ?? before.length;
  const end = field.selectionEnd ?? start;
  const expected = before.slice(0, start) + text + before.slice(end);

  // Selecting anew closes the typing Chromium would otherwise merge this insertion into (one Ctrl+Z would take back both).
  field.setSelectionRange(start, end, field.selectionDirection ?? 'none');
  const ran = execInsertText(document, text) === true;
  let now = await readWhenSettled(field, () => field.value, before, ran ? 50 : 0);
  if (now === null) return false;
  if (now === expected) return true;
  if (now !== before) {
    if (ran) await undoNative(field, before);
    if (field.value !== before) writeValue(field, before, end, 'historyUndo', null);
    return false;
  }
  // The command ran and the page kept the value as it was: it refused the input, so do not force it.
  if (ran) return false;
  writeValue(field, expected, start + text.length, 'insertFromPaste', text);
  now = await readWhenSettled(field, () => field.value, before, 0);
  return now === expected;
}

async function undoNative(field: TextField, before: string): Promise<void> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the browser's own undo stack has no other entry point
    field.ownerDocument.execCommand('undo');
  } catch {
    return;
  }
  await readWhenSettled(field, () => field.value, before, 0);
}
