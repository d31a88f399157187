import { exposeHarness, nextTask } from './harness-api';

// No editor at all: the browser's own editing is the state, and its undo stack the history.
let box = create('');

function create(text: string): HTMLElement {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.setAttribute('aria-label', 'Plain contenteditable box');
  element.style.whiteSpace = 'pre-wrap';
  element.textContent = text;
  document.body.append(element);
  return element;
}

/**
 * Chromium's own editing writes the first line as text in the box and each further line as a
 * <div> (an empty one holding a <br>); innerText would count that <br> as an extra line.
 */
function linesOf(element: HTMLElement): string[] {
  const lines: string[] = [];
  let first = '';
  for (const node of element.childNodes) {
    if (node instanceof HTMLDivElement) lines.push(node.textContent);
    else if (!(node instanceof HTMLBRElement)) first += node.textContent ?? '';
  }
  return [first, ...lines].map((line) => line.replace(/\u00a0/g, ' '));
}

exposeHarness({
  box: () => box,
  text: () => linesOf(box).join('\n'),
  reset: async (text) => {
    box.remove();
    box = create(text);
    await nextTask();
  },
});
