// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { anonymiseXDocument, Pseudonyms } from '../../scripts/lib/anonymise-x.mjs';
import type { PostSnapshot } from '../../lib/sites/post';
import { xAdapter } from '../../lib/sites/x/adapter';

const REAL_HANDLES = ['dtorres_88', 'AcmeAir_Help', 'AcmeAir', 'lena_okafor', 'priya_raman', 'marcus_lee', 'CloudNest', 'kt_nguyen'];
const REAL_NAMES = ['Daniel Torres', 'Lena Okafor', 'Raman', 'J.B. Morales', 'Acme Air Support', 'Marcus Lee'];
const REAL_WORDS = ['cancelled', 'refund', 'Denver', 'garden shed'];

function load(name: string): Document {
  return new JSDOM(readFileSync(`test/fixtures/x/${name}.html`, 'utf8')).window.document;
}

function posts(doc: Document): PostSnapshot[] {
  return xAdapter.findPostElements(doc).flatMap((el) => {
    const post = xAdapter.readPost(el);
    return post ? [post] : [];
  });
}

const flags = ({ hasAvatar, verified, isReply, isQuote, isRepost, isAd }: PostSnapshot) => ({ hasAvatar, verified, isReply, isQuote, isRepost, isAd });

describe('anonymiseXDocument', () => {
  it('leaves no handle, display name, status id or written word behind', () => {
    const doc = load('home-timeline');
    const ids = posts(doc).map((post) => post.id);
    anonymiseXDocument(doc);
    const html = doc.documentElement.outerHTML;
    for (const handle of REAL_HANDLES) expect(html.toLowerCase(), handle).not.toMatch(new RegExp(`[@/"-]${handle.toLowerCase()}\\b`));
    for (const name of [...REAL_NAMES, ...REAL_WORDS]) expect(html, name).not.toContain(name);
    for (const id of ids) expect(html, id).not.toContain(id);
  });

  it('keeps the structure the adapter reads: every post, its flags, its times', () => {
    const doc = load('home-timeline');
    const before = posts(doc);
    anonymiseXDocument(doc);
    const after = posts(doc);
    expect(after.map(flags)).toEqual(before.map(flags));
    expect(after.map((post) => post.time)).toEqual(before.map((post) => post.time));
    // Handles change length; everything else written keeps its shape.
    const shape = (post: PostSnapshot) => post.text.replace(/@\w+/g, '@').length;
    expect(after.map(shape)).toEqual(before.map(shape));
    for (const post of after) {
      expect(post.handle).toMatch(/^user\d{3}$/);
      expect(post.authorName).toMatch(/^Person \d+$/);
      expect(post.permalink).toBe(`https://x.com/${post.handle}/status/${post.id}`);
    }
  });

  it('gives the same person the same stand-in on every page of a run', () => {
    const pseudonyms = new Pseudonyms();
    const home = load('home-timeline');
    const page = load('post-page');
    anonymiseXDocument(home, { pseudonyms });
    anonymiseXDocument(page, { pseudonyms });
    const [complaint] = posts(page);
    const again = posts(home).find((post) => post.id === complaint?.id);
    expect(again).toMatchObject({ handle: complaint?.handle, authorName: complaint?.authorName });
    expect(pseudonyms.handle('DTORRES_88')).toBe(complaint?.handle);
  });

  it('keeps what people wrote when asked, still replacing who they are', () => {
    const doc = load('home-timeline');
    anonymiseXDocument(doc, { keepText: true });
    const [, complaint] = posts(doc);
    expect(complaint?.text).toMatch(/^@user\d{3} my flight AC 418 was cancelled and nobody answers the phone\./);
    expect(doc.documentElement.outerHTML).not.toContain('Daniel Torres');
  });

  it('scrambles written text into its own shape', () => {
    const doc = load('home-timeline');
    anonymiseXDocument(doc);
    const emoji = posts(doc).find((post) => post.text.includes('🎉'));
    expect(emoji?.text).toBe('Xxxx. Xxxxxxx. Xxxx. 😀🎉🏖️\nXxxxx xxx xxx xxx xxxxxx ❤️');
  });

  it('strips code and styles, and replaces pictures except emoji and the default avatar', () => {
    const doc = load('reply-box');
    doc.head.insertAdjacentHTML('beforeend', '<script>window.secret = 1</script><link rel="stylesheet" href="https://abs.twimg.com/x.css"><meta property="og:title" content="Daniel Torres">');
    doc.querySelector('img[src^="data:"]')?.setAttribute('src', 'https://pbs.twimg.com/profile_images/1/abc_normal.jpg');
    const report = anonymiseXDocument(doc);
    expect(doc.querySelectorAll('script, style, link, meta[property]')).toHaveLength(0);
    expect(doc.documentElement.outerHTML).not.toContain('pbs.twimg.com');
    expect(doc.querySelectorAll('img[src*="/emoji/"]').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('img[src*="default_profile_images"]').length).toBeGreaterThan(0);
    expect(report.pictures).toBeGreaterThan(0);
    expect(doc.title).toBe('X');
  });

  it('keeps the composers and the dialog untouched in structure', () => {
    const doc = load('reply-box');
    anonymiseXDocument(doc);
    expect(xAdapter.findComposeBoxes(doc)).toHaveLength(2);
    expect(doc.querySelector('[role="dialog"][aria-labelledby="modal-header"]')).not.toBeNull();
    expect(xAdapter.theme(doc)).toBe('light');
  });
});
