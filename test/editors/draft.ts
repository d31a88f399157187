import 'draft-js/dist/Draft.css';
import { ContentState, Editor, EditorState } from 'draft-js';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { exposeHarness, nextTask } from './harness-api';

// X's composer: Draft.js's Editor, controlled through EditorState, under React 18's createRoot.
let current = EditorState.createEmpty();
let setCurrent: (next: EditorState) => void = () => undefined;

function Composer() {
  const [editorState, setEditorState] = useState(current);
  current = editorState;
  setCurrent = setEditorState;
  return createElement(Editor, {
    editorState,
    onChange: setEditorState,
    ariaLabel: 'Draft.js box',
    placeholder: 'Post your reply',
  });
}

const mount = document.createElement('div');
document.body.append(mount);
createRoot(mount).render(createElement(Composer));

exposeHarness({
  box: () => {
    const box = mount.querySelector<HTMLElement>('[contenteditable="true"]');
    if (!box) throw new Error('Draft.js has not rendered its box');
    return box;
  },
  text: () => current.getCurrentContent().getPlainText(),
  reset: async (text) => {
    flushSync(() => setCurrent(EditorState.createWithContent(ContentState.createFromText(text))));
    await nextTask();
  },
});
