/** A replacement of text [start, end) of a reply. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The same edit with a non-empty replacement: a deletion takes in the character before (or
 * after) it and puts that character back. Editors take pasted text reliably; an empty paste many
 * of them ignore. Only deleting the whole text stays empty.
 */
export function withNonEmptyReplacement(text: string, edit: TextEdit): TextEdit {
  if (edit.replacement !== '' || edit.start === edit.end) return edit;
  if (edit.start > 0) {
    const from = edit.start - (edit.start > 1 && isLowSurrogate(text.charCodeAt(edit.start - 1)) ? 2 : 1);
    return { start: from, end: edit.end, replacement: text.slice(from, edit.start) };
  }
  if (edit.end < text.length) {
    const to = edit.end + (isHighSurrogate(text.charCodeAt(edit.end)) && edit.end + 1 < text.length ? 2 : 1);
    return { start: edit.start, end: to, replacement: text.slice(edit.end, to) };
  }
  return edit;
}
