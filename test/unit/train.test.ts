import { describe, expect, it } from 'vitest';
import { parseModel, probability } from '../../lib/classify/model';
import { extractFeatures } from '../../lib/classify/features';
import { tokenize } from '../../lib/classify/tokenize';
import { trainBinary, type BinaryTask } from '../../lib/classify/train/binary';
import { fit, labelled, predict } from '../../lib/classify/train/fit';
import { featurise } from '../../lib/classify/train/logreg';
import { toModelFile } from '../../lib/classify/train/quantise';
import { seededRandom, splitOff } from '../../lib/classify/train/random';

const SPAMMY = ['win a free prize now', 'claim your free cash prize', 'free entry to win cash', 'urgent prize claim now', 'txt win to claim free'];
const CHATTY = ['see you at lunch later', 'my parcel is late again', 'thanks for the help today', 'where is my order', 'the app keeps crashing'];

/** Forty texts per class, each a known phrase with a numbered tail so no two are the same. */
function toyTask(): BinaryTask {
  const rows = Array.from({ length: 80 }, (_, i) => ({ text: `${(i % 2 === 0 ? SPAMMY : CHATTY)[i % 5] ?? ''} ${i}`, label: i % 2 === 0 ? 1 : 0 }));
  return { name: 'spam', labels: ['ham', 'spam'], bits: 10, train: labelled(rows, (row) => row.text, (row) => row.label) };
}

function trainToy(seed: number): string {
  const result = trainBinary(toyTask(), undefined, seededRandom(seed));
  return JSON.stringify(toModelFile({ name: 'spam', labels: ['ham', 'spam'], model: result.model, trained: { seed } }));
}

describe('training', () => {
  it('gives identical bytes for the same seed', () => {
    expect(trainToy(7)).toBe(trainToy(7));
  });

  it('splits by seed: the same seed the same split, another seed another', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(splitOff(items, 0.2, seededRandom(1))).toEqual(splitOff(items, 0.2, seededRandom(1)));
    expect(splitOff(items, 0.2, seededRandom(1)).split).not.toEqual(splitOff(items, 0.2, seededRandom(2)).split);
    expect(splitOff(items, 0.2, seededRandom(1)).split).toHaveLength(10);
  });

  it('learns a separable binary problem, and the shipped file scores it the same way', () => {
    const model = parseModel(JSON.parse(trainToy(3)));
    const spam = (text: string) => probability(model, extractFeatures(tokenize(text)));
    expect(spam('claim your free prize now')).toBeGreaterThan(0.8);
    expect(spam('my order is late, where is it')).toBeLessThan(0.2);
  });

  it('learns a separable three-class problem', () => {
    const phrases = [['awful terrible', 'hate this'], ['on tuesday', 'the bus'], ['love it', 'great stuff']];
    const rows = Array.from({ length: 90 }, (_, i) => ({ text: `${phrases[i % 3]?.[i % 2] ?? ''} ${i}`, label: i % 3 }));
    const data = labelled(rows, (row) => row.text, (row) => row.label);
    const model = fit(data, { classes: 3, bits: 10, l2: 1 });
    const probe = ['so awful', 'the bus again', 'love it'];
    expect(Array.from(predict(model, featurise(probe, 10)))).toEqual([0, 1, 2]);
  });
});
