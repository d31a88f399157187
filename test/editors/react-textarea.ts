import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { exposeHarness, nextTask } from './harness-api';

// A React-controlled <textarea>: the component's state, not the element's value, is the truth.
let value = '';
let generation = 0;
let setBox: (next: { text: string; generation: number }) => void = () => undefined;

function Reply() {
  const [box, setBoxState] = useState({ text: value, generation });
  setBox = setBoxState;
  value = box.text;
  return createElement('textarea', {
    // A new element on reset, so the browser's undo history starts empty as well.
    key: box.generation,
    value: box.text,
    'aria-label': 'React textarea',
    rows: 6,
    cols: 60,
    onChange: (event: { target: HTMLTextAreaElement }) => setBoxState({ text: event.target.value, generation: box.generation }),
  });
}

const mount = document.createElement('div');
document.body.append(mount);
createRoot(mount).render(createElement(Reply));

exposeHarness({
  box: () => {
    const box = mount.querySelector('textarea');
    if (!box) throw new Error('React has not rendered the textarea');
    return box;
  },
  text: () => value,
  reset: async (text) => {
    generation += 1;
    flushSync(() => setBox({ text, generation }));
    await nextTask();
  },
});
