/**
 * What every editor test page puts on `window`: the box to insert into, the editor's own state
 * as plain text (not the DOM), and a reset that gives the box new content and a fresh undo history.
 */
export interface EditorHarness {
  box(): HTMLElement;
  text(): string;
  reset(text: string): Promise<void>;
}

declare global {
  interface Window {
    editorHarness?: EditorHarness;
  }
}

export function exposeHarness(harness: EditorHarness): void {
  window.editorHarness = harness;
}

/** Lets the editor's framework commit (React and Lexical flush in microtasks, selection events are tasks). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
