import { describe, expect, it, vi } from 'vitest';
import { extractFeatures } from '../../lib/classify/features';
import { decodeLexicon, encodeLexicon } from '../../lib/classify/lexicon-file';
import { lazyModels, loadModels, logits, MODEL_NAMES, modelFileName, parseModel, type ModelFile, type ModelName } from '../../lib/classify/model';
import { tokenize } from '../../lib/classify/tokenize';
import type { TrainedLinear } from '../../lib/classify/train/logreg';
import { toModelFile } from '../../lib/classify/train/quantise';

function trained(rows: number, bits: number, weights: number[]): TrainedLinear {
  const all = new Float64Array(rows << bits);
  all.set(weights);
  return { rows, bits, weights: all, bias: new Float64Array(rows).fill(0.25) };
}

function file(name: ModelName, overrides: Partial<ModelFile> = {}): ModelFile {
  const labels = name === 'sentiment' ? ['negative', 'neutral', 'positive'] : ['no', 'yes'];
  return { ...toModelFile({ name, labels, model: trained(labels.length === 2 ? 1 : 3, 4, [0.5, -1, 0.25]), trained: {} }), ...overrides };
}

describe('model files', () => {
  it('round-trips weights through int8 to within half a step', () => {
    const weights = [1.27, -0.5, 0.013, 0, -1.27, 0.9];
    const model = parseModel(toModelFile({ name: 'spam', labels: ['ham', 'spam'], model: trained(1, 4, weights), trained: {} }));
    expect(model.scale).toBeCloseTo(0.01);
    weights.forEach((weight, i) => expect(Math.abs((model.weights[i] ?? 0) * model.scale - weight)).toBeLessThanOrEqual(model.scale / 2 + 1e-9));
    expect(model.bias).toEqual([0.25]);
  });

  it('rejects a file of the wrong format, name or size, saying what is wrong', () => {
    expect(() => parseModel({ ...file('spam'), format: 'carebar-linear-0' })).toThrow(/format/);
    expect(() => parseModel({ ...file('spam'), name: 'toxicity' })).toThrow(/name/);
    expect(() => parseModel({ ...file('spam'), bits: 5 })).toThrow(/weights need 32 bytes, have 16/);
    expect(() => parseModel({ ...file('sentiment'), bias: [0, 0] })).toThrow(/bias needs 3 values/);
    expect(() => parseModel({ ...file('spam'), weights: 'not base64!' })).toThrow(/weights/);
    expect(() => parseModel('{}')).toThrow();
  });

  it('accepts a lexicon on the sentiment file only, in whole entries', () => {
    const lexicon = encodeLexicon(new Map([[123456789, 2.5], [4000000000, -3.1]]));
    expect(parseModel(file('sentiment', { lexicon })).lexicon).toEqual(new Map([[123456789, 2.5], [4000000000, -3.1]]));
    expect(() => parseModel(file('spam', { lexicon }))).toThrow(/only the sentiment model carries the lexicon/);
    expect(() => parseModel(file('sentiment', { lexicon: btoa('abcdefg') }))).toThrow(/five bytes an entry/);
  });

  it('encodes a lexicon to the same bytes whatever its order, valences in tenths', () => {
    const a = encodeLexicon(new Map([[1, 0.26], [2, -4]]));
    expect(encodeLexicon(new Map([[2, -4], [1, 0.26]]))).toBe(a);
    expect(decodeLexicon(a)).toEqual(new Map([[1, 0.3], [2, -4]]));
  });

  it('scores the lexicon polarity only when the file ships the lexicon', () => {
    const tokenized = tokenize('what a great day');
    const great = tokenized.tokens.find((token) => token.text === 'great');
    expect(great).toBeDefined();
    const lexicon = new Map([[extractFeatures(tokenize('great')).hashes[0] ?? 0, 3.1]]);
    const withLexicon = extractFeatures(tokenized, lexicon);
    const without = extractFeatures(tokenized);
    expect(Array.from(withLexicon.values)).not.toEqual(Array.from(without.values));
    const model = parseModel(file('sentiment', { lexicon: encodeLexicon(lexicon) }));
    expect(logits(model, withLexicon)).toEqual(logits(model, extractFeatures(tokenized, model.lexicon)));
  });

  it('gives the spellings of a word shared character grams, and a long word room for all of them', () => {
    const hashes = (text: string) => {
      const features = extractFeatures(tokenize(text));
      return new Set(features.hashes.subarray(0, features.length));
    };
    const plain = hashes('fucking');
    const shared = [...hashes('fuuuckin')].filter((hash) => plain.has(hash));
    expect(shared.length).toBeGreaterThanOrEqual(3);
    const long = 'abcdefghij'.repeat(10);
    const features = extractFeatures(tokenize(long));
    // The unigram, the prefix, 3 × 100 − 3 grams and the text statistics: nothing cut off.
    expect(features.length).toBe(1 + 1 + 297 + 13);
  });

  it('loads all four models and names a missing one', async () => {
    const read = (fileName: string) => Promise.resolve(file(MODEL_NAMES.find((name) => modelFileName(name) === fileName) ?? 'spam') as unknown);
    const models = await loadModels(read);
    expect(Object.keys(models).sort()).toEqual([...MODEL_NAMES].sort());
    await expect(loadModels(() => Promise.resolve(file('spam') as unknown))).rejects.toThrow(/holds no sentiment model|name/);
  });

  it('loads lazily, once, and retries after a failure', async () => {
    let fail = true;
    const read = vi.fn((fileName: string) => {
      if (fail) return Promise.reject(new Error('offline'));
      return Promise.resolve(file(MODEL_NAMES.find((name) => modelFileName(name) === fileName) ?? 'spam') as unknown);
    });
    const models = lazyModels(read);
    expect(read).not.toHaveBeenCalled();
    await expect(models()).rejects.toThrow('offline');
    fail = false;
    const loaded = await models();
    expect(loaded.sentiment.labels).toEqual(['negative', 'neutral', 'positive']);
    const calls = read.mock.calls.length;
    expect(await models()).toBe(loaded);
    expect(read.mock.calls.length).toBe(calls);
  });
});
