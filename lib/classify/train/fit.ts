import type { Lexicon } from '../features';
import { featurise, predictLogits, train, type Matrix, type TrainedLinear } from './logreg';
import { macroF1 } from './metrics';

/** Texts with their class numbers. */
export interface Labelled {
  texts: string[];
  labels: Int32Array;
}

export function labelled<T>(rows: readonly T[], text: (row: T) => string, label: (row: T) => number): Labelled {
  return { texts: rows.map(text), labels: Int32Array.from(rows, label) };
}

export function concat(...parts: Labelled[]): Labelled {
  return { texts: parts.flatMap((part) => part.texts), labels: Int32Array.from(parts.flatMap((part) => Array.from(part.labels))) };
}

/**
 * Each class weighs as much as any other in the loss. For sentiment this makes the model's
 * posteriors those of a uniform class mix, which is what the engine's prior adaptation assumes.
 */
export function balancedWeights(labels: Int32Array, classes: number): Float64Array {
  const counts = new Array<number>(classes).fill(0);
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return Float64Array.from(labels, (label) => labels.length / (classes * (counts[label] ?? 1)));
}

export interface FitOptions {
  classes: number;
  bits: number;
  l2: number;
  lexicon?: Lexicon;
}

export function fit(data: Labelled | { matrix: Matrix; labels: Int32Array }, options: FitOptions): TrainedLinear {
  const matrix = 'matrix' in data ? data.matrix : featurise(data.texts, options.bits, options.lexicon);
  return train(matrix, data.labels, { classes: options.classes, l2: options.l2, exampleWeights: balancedWeights(data.labels, options.classes) });
}

/** Class numbers predicted from logits: the largest row, or for one row, above zero. */
export function decide(logitsOf: Float64Array, rows: number): Int32Array {
  const count = logitsOf.length / rows;
  const out = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    if (rows === 1) {
      out[i] = (logitsOf[i] ?? 0) > 0 ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let r = 1; r < rows; r++) if ((logitsOf[i * rows + r] ?? 0) > (logitsOf[i * rows + best] ?? 0)) best = r;
    out[i] = best;
  }
  return out;
}

export function predict(model: TrainedLinear, matrix: Matrix): Int32Array {
  return decide(predictLogits(model, matrix), model.rows);
}

/**
 * The logit cut that maximises macro-F1 on tuning data, for a binary model: subtracted from the
 * bias, it makes "probability above 0.5" the best decision the tuning data can find.
 */
export function bestCut(model: TrainedLinear, matrix: Matrix, labels: Int32Array): { cut: number; score: number } {
  const scores = predictLogits(model, matrix);
  const candidates = [...new Set(Array.from(scores, (s) => Math.round(s * 100) / 100))].sort((a, b) => a - b);
  let best = { cut: 0, score: macroF1(labels, decide(scores, 1), 2) };
  for (const cut of candidates) {
    const shifted = scores.map((s) => s - cut);
    const score = macroF1(labels, decide(shifted, 1), 2);
    if (score > best.score) best = { cut, score };
  }
  return best;
}

