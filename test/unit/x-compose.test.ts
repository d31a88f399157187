// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { xAdapter } from '../../lib/sites/x/adapter';
import { X_COMPOSE_SELECTORS, type XComposeSelectorName } from '../../lib/sites/x/selectors';

function page(name: string, url: string): Document {
  return new JSDOM(readFileSync(`test/fixtures/x/${name}.html`, 'utf8'), { url }).window.document;
}

const replyBox = page('reply-box', 'https://x.com/compose/post');
const postPage = page('post-page', 'https://x.com/dtorres_88/status/1991894734599094274');
const home = page('home-timeline', 'https://x.com/home');

function onlyBox(doc: Document): HTMLElement {
  const [box, ...others] = xAdapter.findComposeBoxes(doc);
  if (!box || others.length > 0) throw new Error('not one compose box');
  return box;
}

/** The reply dialog's box and Home's box behind it. */
function replyBoxes(): { dialogBox: HTMLElement; homeBox: HTMLElement } {
  const boxes = xAdapter.findComposeBoxes(replyBox);
  const dialogBox = boxes.find((box) => box.closest('#layers'));
  const homeBox = boxes.find((box) => !box.closest('#layers'));
  if (!dialogBox || !homeBox || boxes.length !== 2) throw new Error('expected the dialog box and Home box');
  return { dialogBox, homeBox };
}

/** Each compose selector with the fixtures that show it; typed over every selector so none goes unchecked. */
const MATCHES: Record<XComposeSelectorName, Document[]> = {
  dialog: [replyBox],
  draftBlock: [replyBox, postPage, home],
  sendButton: [replyBox, postPage, home],
};

describe('X compose selectors', () => {
  it.each(Object.entries(MATCHES))('%s matches in its fixtures', (name, docs) => {
    for (const doc of docs) expect(doc.querySelector(X_COMPOSE_SELECTORS[name as XComposeSelectorName])).not.toBeNull();
  });
});

describe('X compose boxes', () => {
  it('finds the box from the node focus is on, and nothing outside a box', () => {
    const box = replyBoxes().dialogBox;
    const inner = box.querySelector('[data-text="true"]')!;
    expect(xAdapter.composeBoxOf(inner)).toBe(box);
    expect(xAdapter.composeBoxOf(box)).toBe(box);
    expect(xAdapter.composeBoxOf(replyBox.body)).toBeNull();
    expect(xAdapter.composeBoxOf(replyBox.createTextNode('loose'))).toBeNull();
  });

  it("answers the reply dialog's post with the dialog's box, and nothing with Home's box behind it", () => {
    const { dialogBox, homeBox } = replyBoxes();
    const replied = xAdapter.repliedPost(dialogBox);
    expect(replied).toMatchObject({ id: '1991846844036022276', handle: 'marcus_lee', authorName: 'Marcus Lee' });
    expect(replied?.text).toContain('lost my bag on AC 221');
    expect(xAdapter.repliedPost(homeBox)).toBeNull();
    expect(xAdapter.panelContainer(dialogBox).getAttribute('role')).toBe('dialog');
    expect(xAdapter.panelContainer(homeBox)).toBe(replyBox.body);
  });

  it('answers the opened post with the inline box of a status page, and nothing on Home', () => {
    expect(xAdapter.repliedPost(onlyBox(postPage))).toMatchObject({ id: '1991894734599094274', handle: 'dtorres_88' });
    expect(xAdapter.repliedPost(onlyBox(home))).toBeNull();
  });

  it("reads the box's text as Draft.js holds it: blocks joined by line breaks, an empty block an empty line", () => {
    const box = replyBoxes().dialogBox;
    expect(xAdapter.composeText(box)).toBe('');
    const contents = box.querySelector('[data-contents="true"]')!;
    contents.innerHTML = ['Hi\u00a0Marcus,', '', 'sorry 🙏'].map((line, i) => `<div data-block="true" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="k${i}-0-0">${line ? `<span data-text="true">${line}</span>` : '<br data-text="true">'}</span></div></div>`).join('');
    expect(xAdapter.composeText(box)).toBe('Hi Marcus,\n\nsorry 🙏');
  });

  it("finds each box's own send button", () => {
    const { dialogBox, homeBox } = replyBoxes();
    expect(xAdapter.sendButton(dialogBox)?.dataset.testid).toBe('tweetButton');
    expect(xAdapter.sendButton(homeBox)?.dataset.testid).toBe('tweetButtonInline');
    expect(xAdapter.sendButton(onlyBox(postPage))?.dataset.testid).toBe('tweetButtonInline');
  });
});
