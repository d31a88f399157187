import type { RichStrategy } from './strategy';

/**
 * Runs the browser's own insertText editing command: it fires trusted beforeinput and input
 * events and joins the browser's undo stack, so editors that watch the DOM follow it and plain
 * fields and contenteditables get a real undo step.
 */
export function execInsertText(document: Document, text: string): boolean | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still the only insertion that joins the browser's undo stack
    return document.execCommand('insertText', false, text);
  } catch {
    // No such command in this engine (or the page's world replaced it).
    return null;
  }
}

/**
 * Chromium adds an insertText to the typing still open before it, so one Ctrl+Z would take back
 * what the agent typed too; selecting anew (the same selection) closes that typing.
 */
export function closeOpenTyping(document: Document): void {
  const selection = document.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (selection && anchorNode && focusNode) selection.setBaseAndExtent(anchorNode, selection.anchorOffset, focusNode, selection.focusOffset);
}

export const execCommandStrategy: RichStrategy = {
  name: 'execCommand',
  dispatch(root, text) {
    closeOpenTyping(root.ownerDocument);
    const ran = execInsertText(root.ownerDocument, text);
    if (ran === null) return 'unavailable';
    return ran ? 'claimed' : 'unclaimed';
  },
};
