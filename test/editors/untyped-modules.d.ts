// The test pages use React 18 and Draft.js, which ship no type declarations and have no @types
// package installed; these declare only what the pages call.
declare module 'react' {
  export type ReactNode = ReactElement | string | null;
  export interface ReactElement {
    readonly type: unknown;
  }
  export function createElement(type: unknown, props?: Record<string, unknown> | null, ...children: ReactNode[]): ReactElement;
  export function useState<T>(initial: T): [T, (next: T) => void];
}

declare module 'react-dom' {
  export function flushSync(run: () => void): void;
}

declare module 'react-dom/client' {
  import type { ReactElement } from 'react';
  export interface Root {
    render(element: ReactElement): void;
  }
  export function createRoot(container: Element): Root;
}

declare module 'draft-js' {
  export interface ContentState {
    getPlainText(delimiter?: string): string;
  }
  export const ContentState: {
    createFromText(text: string): ContentState;
  };
  export interface EditorState {
    getCurrentContent(): ContentState;
  }
  export const EditorState: {
    createEmpty(): EditorState;
    createWithContent(content: ContentState): EditorState;
  };
  export const Editor: unknown;
}
