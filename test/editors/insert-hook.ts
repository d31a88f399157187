import { restoreCaret, saveCaret } from '../../lib/compose/caret';
import { insertText } from '../../lib/compose/insert';

const carebarCompose = { insertText, saveCaret, restoreCaret };

declare global {
  interface Window {
    carebarCompose?: typeof carebarCompose;
  }
}

window.carebarCompose = carebarCompose;
