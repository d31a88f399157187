import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { insertText } from '../lib/compose/insert';
import {
  BOX_ATTRIBUTE,
  INSERT_EVENT,
  INSERTED_EVENT,
  READY_ATTRIBUTE,
  insertRequestSchema,
  readEventDetail,
} from '../lib/content/page-world-insert';

/**
 * Inserts replies into compose boxes from the page's own world, for the reply assistant in
 * Firefox (see lib/content/page-world-insert.ts). Injected by the assistant as a script element
 * and kept in the page; it listens only on that element, answers on it, and throws nothing into
 * the page whatever arrives.
 */
export default defineUnlistedScript({
  // Chromium's isolated world reaches the editors' handlers itself: the file is not shipped there.
  include: ['firefox'],
  main() {
    const script = document.currentScript;
    if (!script) return;

    const answer = (id: string, ok: boolean) => script.dispatchEvent(new CustomEvent(INSERTED_EVENT, { detail: JSON.stringify({ id, ok }) }));

    const handle = async (event: Event) => {
      const request = readEventDetail(insertRequestSchema, event);
      if (!request) return;
      // Looked up now, while the content script's mark is on the box.
      const box = document.querySelector(`[${BOX_ATTRIBUTE}="${CSS.escape(request.id)}"]`);
      answer(request.id, box instanceof HTMLElement && (await insertText(box, request.text)));
    };

    script.addEventListener(INSERT_EVENT, (event) => {
      // A page that broke a global used here: the content script's wait ends in its timeout.
      handle(event).catch(() => undefined);
    });
    script.setAttribute(READY_ATTRIBUTE, '');
  },
});
