import type { Lexicon } from '../features';
import type { ModelName } from '../model';
import { bestCut, concat, fit, type Labelled } from './fit';
import { featurise, type TrainedLinear } from './logreg';
import { splitOff, type Random } from './random';

/**
 * A yes/no model (offensive, hate, spam): balanced weights, with the regularisation and the
 * decision cut chosen on a seeded tenth of its training data, then trained on all of it with the
 * cut folded into the bias, so that "probability above 0.5" is the tuned decision.
 */
export interface BinaryTask {
  name: Exclude<ModelName, 'sentiment'>;
  /** The "no" and "yes" labels, in that order. */
  labels: [string, string];
  bits: number;
  train: Labelled;
  /**
   * Labelled examples from elsewhere, always trained on and never tuned on: the decision is tuned on
   * the task's own data, which is what its figure is measured against.
   */
  extra?: Labelled;
}

const TUNING_SHARE = 0.1;
/** Every task so far has chosen from these two; each more costs a fit of the largest task. */
const L2_GRID = [3, 10];

export interface BinaryResult {
  model: TrainedLinear;
  l2: number;
  cut: number;
  tuningMacroF1: number;
}

function subset(data: Labelled, indices: readonly number[]): Labelled {
  return { texts: indices.map((i) => data.texts[i] ?? ''), labels: Int32Array.from(indices, (i) => data.labels[i] ?? 0) };
}

export function trainBinary(task: BinaryTask, lexicon: Lexicon | undefined, random: Random): BinaryResult {
  const indices = Array.from({ length: task.train.texts.length }, (_, i) => i);
  const { kept, split } = splitOff(indices, TUNING_SHARE, random);
  const extra = task.extra ?? { texts: [], labels: new Int32Array() };
  const tuneTrain = concat(subset(task.train, kept), extra);
  const tune = subset(task.train, split);
  const options = { classes: 2, bits: task.bits, lexicon };
  const matrix = featurise(tuneTrain.texts, task.bits, lexicon);
  const tuneMatrix = featurise(tune.texts, task.bits, lexicon);
  let best = { l2: L2_GRID[0] ?? 1, cut: 0, score: -1 };
  for (const l2 of L2_GRID) {
    const { cut, score } = bestCut(fit({ matrix, labels: tuneTrain.labels }, { ...options, l2 }), tuneMatrix, tune.labels);
    if (score > best.score) best = { l2, cut, score };
  }
  const model = fit(concat(task.train, extra), { ...options, l2: best.l2 });
  return { model: { ...model, bias: model.bias.map((b) => b - best.cut) }, l2: best.l2, cut: best.cut, tuningMacroF1: best.score };
}
