/**
 * What kind of box a compose target is, and whether Carebar may write into it. Checks go by tag
 * and attribute names rather than `instanceof`, so they hold for elements of another realm (the
 * page's world, a frame) as well.
 */

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export type EditTarget = { kind: 'field'; field: TextField } | { kind: 'rich'; root: HTMLElement };

// Only these input types expose a caret (selectionStart) to insert at; email, number and the rest
// do not, and password must never receive template text.
const CARET_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel']);

function isTextField(element: Element): element is TextField {
  return element.localName === 'textarea' || element.localName === 'input';
}

function fieldAccepts(field: TextField): boolean {
  if (field.disabled || field.readOnly) return false;
  return field.localName === 'textarea' || CARET_INPUT_TYPES.has((field as HTMLInputElement).type);
}

/** true, false, or undefined when the element does not say and inherits from its parent. */
function ownEditableState(element: Element): boolean | undefined {
  const value = element.getAttribute('contenteditable');
  if (value === null) return undefined;
  return value.toLowerCase() !== 'false';
}

function isEditable(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const state = ownEditableState(node);
    if (state !== undefined) return state;
  }
  return false;
}

/** The outermost element of the editable region `element` belongs to (what the editor owns). */
function editingHost(element: Element): HTMLElement | null {
  if (!isEditable(element)) return null;
  let host = element;
  while (host.parentElement && isEditable(host.parentElement)) host = host.parentElement;
  return host as HTMLElement;
}

function ariaRefuses(element: Element): boolean {
  return element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true';
}

/** The box to insert into for `target` (a field, an editing host or anything inside one), or null when Carebar must not touch it. */
export function editTargetOf(target: Element): EditTarget | null {
  if (isTextField(target)) return fieldAccepts(target) ? { kind: 'field', field: target } : null;
  const root = editingHost(target);
  if (!root || ariaRefuses(root) || root.closest('[inert]')) return null;
  return { kind: 'rich', root };
}

/** Line breaks as every editor and `textarea.value` report them; a single-line input gets spaces. */
export function normaliseText(text: string, singleLine: boolean): string {
  const unified = text.replace(/\r\n?/g, '\n');
  return singleLine ? unified.replace(/[ \t]*\n+[ \t]*/g, ' ') : unified;
}
