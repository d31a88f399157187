import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { checkReply, replyLength } from '../../lib/tone';

/** A deterministic generator, so a failure names a string that fails every run. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

const PIECES = [
  'Thanks for waiting', 'sorry.', 'See example.com', 'help.example.co.uk/refunds', 'https://t.co/abc123', 'http://x.com/a?b=c',
  'e.g. this', 'v2.5', '3.5 days', 'a.b', '...', '. ', 'www.example.org', 'café', 'naïve', 'e\u0301', '日本語のテキスト', '한국어',
  '😂', '👩‍💻', '👍🏽', '🇫🇷', '❤️', '#️⃣', '1️⃣', '©', '®', '™', '→', '–', '—', '“quoted”', '\n', '  ', '@handle', '#tag',
  '$TSLA', 'ÅÆØ', 'Ωμέγα', 'привет.рф', 'ß', '\u200d', '\ufe0f', '🫨', '🏳️‍🌈', 'x'.repeat(40), 'mail jo@example.com',
];

function randomText(random: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 14);
  for (let i = 0; i < count; i++) parts.push(PIECES[Math.floor(random() * PIECES.length)] ?? '');
  return parts.join(random() < 0.7 ? ' ' : '');
}

describe('replyLength', () => {
  it("gives twitter-text's weighted length on X, over many strings", () => {
    const random = generator(11);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(random);
      expect(replyLength(text, 'x'), JSON.stringify(text)).toEqual({ length: twitter.parseTweet(text).weightedLength, limit: 280 });
    }
  });

  it("gives twitter-text's count for plain replies, long ones and ones with dots", () => {
    const plain = [
      'Sorry about that. We are on it!', 'a'.repeat(300), 'Ends with a dot.', 'Dots... and more.', 'x.y', 'A.B.C', '(see below).', '',
      'Price is $3.50 today', 'Version 2.0 ships.', 'Mr. Smith.Thanks',
    ];
    for (const text of plain) expect(replyLength(text, 'x').length, text).toBe(twitter.parseTweet(text).weightedLength);
  });

  it("agrees with twitter-text where it reads only some words: near the limit, words glued to links, and where it goes over", () => {
    // Words that need twitter-text (links, emoji, CJK, accents) among plain ones, padded to either side of 280.
    const special = ['https://t.co/abc123', 'help.example.com/x', 'Åhelp.example.com', 'é.com', '😂', '👩‍💻', '🇫🇷🇫🇷', '日本語', 'e\u0301', '\u0958', 'a.b', 'x.中国'];
    const random = generator(23);
    for (let i = 0; i < 400; i++) {
      const words: string[] = [];
      const target = 260 + Math.floor(random() * 40);
      while (words.join(' ').length < target) {
        words.push(random() < 0.25 ? (special[Math.floor(random() * special.length)] ?? '') : 'word'.slice(0, 1 + Math.floor(random() * 4)));
      }
      const text = words.join(random() < 0.8 ? ' ' : '\n');
      const parsed = twitter.parseTweet(text);
      expect(replyLength(text, 'x').length, JSON.stringify(text)).toBe(parsed.weightedLength);
      const over = checkReply(text, { network: 'x' }).find((finding) => finding.rule === 'too-long');
      expect(over?.start, JSON.stringify(text)).toBe(parsed.weightedLength > 280 ? parsed.validRangeEnd + 1 : undefined);
    }
  });

  it('reads a link that a letter glues to the start of the text the way twitter-text does', () => {
    for (const text of ['Åhelp.example.com', 'x Åhelp.example.com', 'Å help.example.com', 'ÅÆØhelp.example.co.uk/refunds naïve']) {
      expect(replyLength(text, 'x').length, text).toBe(twitter.parseTweet(text).weightedLength);
    }
  });

  it('counts links as 23 and emoji and CJK as 2 on X', () => {
    expect(replyLength('https://example.com/a/very/long/path/that/goes/on', 'x').length).toBe(23);
    expect(replyLength('😂', 'x').length).toBe(2);
    expect(replyLength('👩‍💻', 'x').length).toBe(2);
    expect(replyLength('日本', 'x').length).toBe(4);
  });

  it('counts graphemes on Bluesky against 300', () => {
    expect(replyLength('e\u0301👩‍💻a', 'bluesky')).toEqual({ length: 3, limit: 300 });
    expect(replyLength('line\r\nline', 'bluesky').length).toBe(9);
  });

  it('counts characters on Mastodon against 500, links as 23', () => {
    expect(replyLength(`see https://example.com/${'p'.repeat(100)} 😂`, 'mastodon')).toEqual({ length: 4 + 23 + 2, limit: 500 });
  });

  it('has no limit elsewhere', () => {
    expect(replyLength('hello 😂', 'facebook')).toEqual({ length: 7, limit: null });
    expect(replyLength('hello')).toEqual({ length: 5, limit: null });
  });
});
