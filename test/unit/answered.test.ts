import { describe, expect, it } from 'vitest';
import { answeredPostIds, type PagePost } from '../../lib/classify/answered';

function post(id: string, handle: string, minute: number | null, replyingTo: string[] = []): PagePost {
  return { id, handle, time: minute === null ? null : new Date(Date.UTC(2026, 10, 23, 12, minute)).toISOString(), replyingTo };
}

describe('answeredPostIds', () => {
  it('marks the author’s earlier posts once a brand handle has replied to them', () => {
    const posts = [
      post('1', 'dana', 0),
      post('2', 'dana', 5),
      post('3', 'AcmeAir_Help', 10, ['dana']),
      post('4', 'dana', 20),
      post('5', 'eli', 1),
    ];
    expect([...answeredPostIds(posts, ['acmeair_help'])].sort()).toEqual(['1', '2']);
  });

  it('ignores replies from anyone but the brand, and the brand’s own posts', () => {
    const posts = [post('1', 'dana', 0), post('2', 'eli', 3, ['dana']), post('3', 'AcmeAir', 1), post('4', 'AcmeAir_Help', 5, ['AcmeAir'])];
    expect(answeredPostIds(posts, ['AcmeAir_Help', '@AcmeAir']).size).toBe(0);
  });

  it('counts a post or reply without a time as answered, since the reply is under it', () => {
    const posts = [post('1', 'dana', null), post('2', 'AcmeAir_Help', 10, ['dana'])];
    expect([...answeredPostIds(posts, ['AcmeAir_Help'])]).toEqual(['1']);
  });

  it('knows no brand: without handles nothing is answered', () => {
    expect(answeredPostIds([post('1', 'dana', 0), post('2', 'AcmeAir_Help', 10, ['dana'])], []).size).toBe(0);
  });
});
