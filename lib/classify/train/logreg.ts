import { extractFeatures, type Lexicon } from '../features';
import { tokenize } from '../tokenize';
import { minimise } from './lbfgs';

/**
 * Logistic regression on hashed features: multinomial for three or more classes, binary (one row
 * of weights) for two. Trained full-batch with L-BFGS, L2-regularised towards an optional prior.
 */

/** Examples as a sparse matrix of buckets, in rows. */
export interface Matrix {
  bits: number;
  rowStart: Int32Array;
  buckets: Int32Array;
  values: Float32Array;
  size: number;
}

export function featurise(texts: readonly string[], bits: number, lexicon?: Lexicon): Matrix {
  const rowStart = new Int32Array(texts.length + 1);
  const buckets: number[] = [];
  const values: number[] = [];
  const shift = 32 - bits;
  texts.forEach((text, row) => {
    const features = extractFeatures(tokenize(text), lexicon);
    for (let f = 0; f < features.length; f++) {
      buckets.push((features.hashes[f] ?? 0) >>> shift);
      values.push(features.values[f] ?? 0);
    }
    rowStart[row + 1] = buckets.length;
  });
  return { bits, rowStart, buckets: Int32Array.from(buckets), values: Float32Array.from(values), size: texts.length };
}

export interface TrainOptions {
  classes: number;
  l2: number;
  /** Per-example weights, e.g. to balance classes; 1 when absent. */
  exampleWeights?: Float64Array;
  /** Weights the L2 term pulls towards instead of zero, laid out as the model's. */
  prior?: Float64Array;
  maxIterations?: number;
}

export interface TrainedLinear {
  rows: number;
  bits: number;
  /** Bucket-major, `rows` values per bucket. */
  weights: Float64Array;
  bias: Float64Array;
}

export function rowsFor(classes: number): number {
  return classes === 2 ? 1 : classes;
}

/**
 * Logits of every example, `rows` per example. This and the gradient below are most of the
 * training run's time, so they read the typed arrays directly rather than through defaults.
 */
function allLogits(data: Matrix, weights: Float64Array, bias: Float64Array, rows: number): Float64Array {
  const { rowStart, buckets, values } = data;
  const out = new Float64Array(data.size * rows);
  for (let i = 0; i < data.size; i++) {
    const at = i * rows;
    for (let r = 0; r < rows; r++) out[at + r] = bias[r] as number;
    const end = rowStart[i + 1] as number;
    for (let p = rowStart[i] as number; p < end; p++) {
      const base = (buckets[p] as number) * rows;
      const value = values[p] as number;
      for (let r = 0; r < rows; r++) out[at + r] = (out[at + r] as number) + (weights[base + r] as number) * value;
    }
  }
  return out;
}

/** Adds the gradient of the loss through the features, from dLoss/dLogit per example in `z`. */
function addGradient(data: Matrix, z: Float64Array, rows: number, gradient: Float64Array, biasAt: number): void {
  const { rowStart, buckets, values } = data;
  for (let i = 0; i < data.size; i++) {
    const at = i * rows;
    for (let r = 0; r < rows; r++) gradient[biasAt + r] = (gradient[biasAt + r] as number) + (z[at + r] as number);
    const end = rowStart[i + 1] as number;
    for (let p = rowStart[i] as number; p < end; p++) {
      const base = (buckets[p] as number) * rows;
      const value = values[p] as number;
      for (let r = 0; r < rows; r++) gradient[base + r] = (gradient[base + r] as number) + (z[at + r] as number) * value;
    }
  }
}

export function train(data: Matrix, labels: Int32Array, options: TrainOptions): TrainedLinear {
  const rows = rowsFor(options.classes);
  const weightCount = rows << data.bits;
  const { l2, prior, exampleWeights } = options;

  const objective = (x: Float64Array, gradient: Float64Array): number => {
    const weights = x.subarray(0, weightCount);
    const bias = x.subarray(weightCount);
    const z = allLogits(data, weights, bias, rows);
    // z becomes dLoss/dLogit per example; the gradient then gathers it through the features.
    let loss = 0;
    const probs = new Float64Array(rows);
    for (let i = 0; i < data.size; i++) {
      const label = labels[i] ?? 0;
      const weight = exampleWeights?.[i] ?? 1;
      if (rows === 1) {
        const logit = z[i] ?? 0;
        const p = 1 / (1 + Math.exp(-logit));
        loss += weight * (label === 1 ? softplus(-logit) : softplus(logit));
        z[i] = weight * (p - label);
        continue;
      }
      let max = -Infinity;
      for (let r = 0; r < rows; r++) max = Math.max(max, z[i * rows + r] ?? 0);
      let sum = 0;
      for (let r = 0; r < rows; r++) {
        probs[r] = Math.exp((z[i * rows + r] ?? 0) - max);
        sum += probs[r] ?? 0;
      }
      loss += weight * (Math.log(sum) + max - (z[i * rows + label] ?? 0));
      for (let r = 0; r < rows; r++) z[i * rows + r] = weight * ((probs[r] ?? 0) / sum - (r === label ? 1 : 0));
    }
    gradient.fill(0);
    addGradient(data, z, rows, gradient, weightCount);
    for (let j = 0; j < weightCount; j++) {
      const offset = (weights[j] ?? 0) - (prior?.[j] ?? 0);
      loss += 0.5 * l2 * offset * offset;
      gradient[j] = (gradient[j] ?? 0) + l2 * offset;
    }
    return loss;
  };

  const start = new Float64Array(weightCount + rows);
  if (prior) start.set(prior);
  const x = minimise(objective, start, { maxIterations: options.maxIterations ?? 300, tolerance: 1e-6 });
  return { rows, bits: data.bits, weights: x.slice(0, weightCount), bias: x.slice(weightCount) };
}

function softplus(x: number): number {
  return x > 30 ? x : Math.log1p(Math.exp(x));
}

/** Logits of every example under a trained model, `rows` per example. */
export function predictLogits(model: TrainedLinear, data: Matrix): Float64Array {
  return allLogits(data, model.weights, model.bias, model.rows);
}
