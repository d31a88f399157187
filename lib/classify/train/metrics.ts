/** The figures the issue sets targets on, computed from gold and predicted class numbers. */

function counts(gold: ArrayLike<number>, predicted: ArrayLike<number>, label: number): { tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const isGold = gold[i] === label;
    const isPredicted = predicted[i] === label;
    if (isGold && isPredicted) tp++;
    else if (isPredicted) fp++;
    else if (isGold) fn++;
  }
  return { tp, fp, fn };
}

export function recall(gold: ArrayLike<number>, predicted: ArrayLike<number>, label: number): number {
  const { tp, fn } = counts(gold, predicted, label);
  return tp + fn === 0 ? 0 : tp / (tp + fn);
}

export function f1(gold: ArrayLike<number>, predicted: ArrayLike<number>, label: number): number {
  const { tp, fp, fn } = counts(gold, predicted, label);
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function labels(classes: number): number[] {
  return Array.from({ length: classes }, (_, label) => label);
}

export function macroRecall(gold: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): number {
  return labels(classes).reduce((sum, label) => sum + recall(gold, predicted, label), 0) / classes;
}

export function macroF1(gold: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): number {
  return labels(classes).reduce((sum, label) => sum + f1(gold, predicted, label), 0) / classes;
}
