/**
 * Limited-memory BFGS with a backtracking line search. Full-batch and free of randomness, so the
 * same data always gives the same weights, which is what makes training reproducible to the byte.
 */

/** Writes the gradient at `x` into `gradient` and returns the objective there. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface LbfgsOptions {
  maxIterations: number;
  /** Stop when an iteration improves the objective by less than this fraction. */
  tolerance: number;
  memory?: number;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}

export function minimise(objective: Objective, start: Float64Array, options: LbfgsOptions): Float64Array {
  const size = start.length;
  const memory = options.memory ?? 8;
  let x = Float64Array.from(start);
  let gradient = new Float64Array(size);
  let value = objective(x, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(size);
  const alphas = new Float64Array(memory);

  for (let iteration = 0; iteration < options.maxIterations; iteration++) {
    // Two-loop recursion: direction = −H·gradient from the remembered steps.
    direction.set(gradient);
    for (let k = steps.length - 1; k >= 0; k--) {
      const alpha = (rhos[k] ?? 0) * dot(steps[k] as Float64Array, direction);
      alphas[k] = alpha;
      const change = changes[k] as Float64Array;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) - alpha * (change[i] ?? 0);
    }
    const last = steps.length - 1;
    const gamma = last >= 0 ? dot(steps[last] as Float64Array, changes[last] as Float64Array) / dot(changes[last] as Float64Array, changes[last] as Float64Array) : 1 / Math.sqrt(dot(gradient, gradient));
    for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) * gamma;
    for (let k = 0; k < steps.length; k++) {
      const beta = (rhos[k] ?? 0) * dot(changes[k] as Float64Array, direction);
      const step = steps[k] as Float64Array;
      const coefficient = (alphas[k] ?? 0) - beta;
      for (let i = 0; i < size; i++) direction[i] = (direction[i] ?? 0) + coefficient * (step[i] ?? 0);
    }

    const slope = -dot(gradient, direction);
    if (slope >= 0) break;
    let rate = 1;
    const next = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let nextValue = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < size; i++) next[i] = (x[i] ?? 0) - rate * (direction[i] ?? 0);
      nextValue = objective(next, nextGradient);
      if (nextValue <= value + 1e-4 * rate * slope) break;
      rate /= 2;
    }
    if (!(nextValue < value)) break;

    const step = new Float64Array(size);
    const change = new Float64Array(size);
    for (let i = 0; i < size; i++) {
      step[i] = (next[i] ?? 0) - (x[i] ?? 0);
      change[i] = (nextGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    const curvature = dot(step, change);
    if (curvature > 1e-12) {
      if (steps.length === memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
      steps.push(step);
      changes.push(change);
      rhos.push(1 / curvature);
    }
    const improvement = (value - nextValue) / Math.max(Math.abs(value), 1e-12);
    x = next;
    gradient = nextGradient;
    value = nextValue;
    if (improvement < options.tolerance) break;
  }
  return x;
}
