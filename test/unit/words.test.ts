import { describe, expect, it } from 'vitest';
import { indexWords, queryWords } from '../../lib/text/words';

describe('indexWords', () => {
  it('keeps distinct lower-case words of two letters or more, accents folded', () => {
    expect(indexWords('Refund, REFUND! a café — order #123 isn’t here')).toEqual(['refund', 'cafe', 'order', '123', 'isn’t', 'here']);
  });

  it('indexes at most 500 words of a long text', () => {
    expect(indexWords(Array.from({ length: 800 }, (_, i) => `w${i}`).join(' '))).toHaveLength(500);
  });
});

describe('queryWords', () => {
  it('folds the same way and keeps one-letter words as prefixes', () => {
    expect(queryWords('Café r')).toEqual(['cafe', 'r']);
  });
});
