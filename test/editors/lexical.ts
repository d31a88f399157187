import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, CLEAR_HISTORY_COMMAND, createEditor } from 'lexical';
import { exposeHarness, nextTask } from './harness-api';

// Rich text, as Facebook's composer: a pasted line break starts a new paragraph.
const box = document.createElement('div');
box.contentEditable = 'true';
box.setAttribute('aria-label', 'Lexical box');
document.body.append(box);

const editor = createEditor({
  namespace: 'carebar-test',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(box);
registerRichText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

exposeHarness({
  box: () => box,
  // Paragraphs joined by one line break: the root's own getTextContent puts two between blocks.
  text: () => editor.getEditorState().read(() => $getRoot().getChildren().map((block) => block.getTextContent()).join('\n')),
  reset: async (text) => {
    editor.update(
      () => {
        const root = $getRoot().clear();
        for (const line of text.split('\n')) root.append($createParagraphNode().append(...(line ? [$createTextNode(line)] : [])));
      },
      { discrete: true },
    );
    editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
    await nextTask();
  },
});
