import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { exposeHarness, nextTask } from './harness-api';

function docOf(text: string): ProseMirrorNode {
  return schema.node(
    'doc',
    null,
    text.split('\n').map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : [])),
  );
}

function stateOf(text: string): EditorState {
  return EditorState.create({
    doc: docOf(text),
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)],
  });
}

const mount = document.createElement('div');
document.body.append(mount);
const view = new EditorView(mount, { state: stateOf('') });
view.dom.setAttribute('aria-label', 'ProseMirror box');

exposeHarness({
  box: () => view.dom,
  text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  reset: async (text) => {
    view.updateState(stateOf(text));
    await nextTask();
  },
});
