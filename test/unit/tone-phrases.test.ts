import { describe, expect, it } from 'vitest';
import { expand, PhraseIndex } from '../../lib/tone/phrases';
import { scan } from '../../lib/tone/scan';

function matched(index: PhraseIndex<string>, text: string): string[] {
  const { words } = scan(text);
  return index.matches(words).map((match) => `${match.data}:${match.firstWord}-${match.endWord}`);
}

describe('PhraseIndex', () => {
  it('finds the longest phrase at a word first, and no shorter one of its group there', () => {
    const index = new PhraseIndex<string>((data) => data.split('/')[0]);
    index.add('per our policy', 'robotic/short');
    index.add('as per our policy', 'robotic/long');
    index.add('our policy', 'team/policy');
    expect(matched(index, 'As per our policy, no.')).toEqual(['robotic/long:0-4', 'team/policy:2-4']);
    expect(matched(index, 'Per our policy, no.')).toEqual(['robotic/short:0-3', 'team/policy:1-3']);
  });

  it('keeps matches of one group apart, and reports every group that matches', () => {
    const index = new PhraseIndex<string>((data) => data.split('/')[0]);
    index.add('a b', 'x/ab');
    index.add('b c', 'x/bc');
    index.add('b', 'y/b');
    expect(matched(index, 'a b c')).toEqual(['x/ab:0-2', 'y/b:1-2']);
  });

  it('matches whole words in any case within one sentence, in the order they were added', () => {
    const index = new PhraseIndex<string>();
    index.add('calm down', 'first');
    index.add('Calm   down', 'second');
    expect(matched(index, 'CALM, down please')).toEqual(['first:0-2']);
    expect(matched(index, 'Stay calm. Down we go')).toEqual([]);
    expect(matched(index, 'calmdown')).toEqual([]);
  });
});

describe('expand', () => {
  it('spells out every option and drops an empty one with its spaces', () => {
    expect(expand('{please|} calm  down {now|}')).toEqual(['please calm down now', 'please calm down', 'calm down now', 'calm down']);
  });
});
