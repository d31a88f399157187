import { describe, expect, it } from 'vitest';
import { contentTerms, searchPrefix, stem } from '../../lib/boilerplate/terms';

describe('stem', () => {
  it.each([
    [['refund', 'refunds', 'refunded', 'refunding']],
    [['charge', 'charged', 'charges', 'charging']],
    [['deliver', 'delivery', 'deliveries', 'delivered']],
    [['cancel', 'cancelled', 'canceled', 'cancelling', 'cancellation']],
    [['bill', 'bills', 'billed', 'billing']],
    [['ship', 'shipped', 'shipping']],
  ])('brings %j to one stem', (words) => {
    expect(new Set(words.map(stem)).size).toBe(1);
  });

  it('keeps apart words that only look alike', () => {
    expect(stem('apply')).not.toBe(stem('app'));
    expect(stem('card')).not.toBe(stem('care'));
    expect(stem('status')).toBe('status');
  });
});

describe('contentTerms', () => {
  it('keeps content words by stem, with the word the text used, dropping stop words, numbers, links and mentions', () => {
    expect([...contentTerms('@ShopCare I was charged TWICE for order 5521 https://t.co/xyz and it is still not refunded')]).toEqual([
      ['charg', 'charged'],
      ['twic', 'twice'],
      ['order', 'order'],
      ['refund', 'refunded'],
    ]);
  });
});

describe('searchPrefix', () => {
  it('cuts a typed full form back to its stem, and leaves a partial word alone', () => {
    expect(searchPrefix('refunds')).toBe('refund');
    expect(searchPrefix('charged')).toBe('charg');
    expect(searchPrefix('ref')).toBe('ref');
    expect(searchPrefix('re')).toBe('re');
  });
});
