/**
 * A seeded generator (mulberry32) and the shuffles built on it: every split the training run makes
 * comes from `--seed`, so the same seed gives the same split and the same model files.
 */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Splits off `share` of the items, after a seeded shuffle. */
export function splitOff<T>(items: readonly T[], share: number, random: Random): { kept: T[]; split: T[] } {
  const mixed = shuffled(items, random);
  const count = Math.round(items.length * share);
  return { split: mixed.slice(0, count), kept: mixed.slice(count) };
}
