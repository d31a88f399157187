import type { Policy } from '../sync/records';
import { PhraseIndex } from './phrases';

type TonePolicy = Policy['tone'];

export interface AvoidRule {
  phrase: string;
  replacement?: string;
  reason?: string;
}

/** What a team's tone policy turns into, built once per policy object. */
export interface CompiledTone {
  avoid: PhraseIndex<AvoidRule>;
  rulesOff: ReadonlySet<string>;
  /** Lower case, for a case-insensitive search; null when the team has none. */
  signOff: string | null;
}

const compiled = new WeakMap<TonePolicy, CompiledTone>();

/**
 * The policy object stays the same between keystrokes (the panel holds the team's record), so
 * the phrase index is built on the first check and reused until the policy changes.
 */
export function compileTone(tone: TonePolicy): CompiledTone {
  let result = compiled.get(tone);
  if (result === undefined) {
    const avoid = new PhraseIndex<AvoidRule>();
    for (const rule of tone.avoid) avoid.add(rule.phrase, rule);
    const signOff = tone.signOff?.trim().toLowerCase();
    result = { avoid, rulesOff: new Set(tone.rulesOff), signOff: signOff ? signOff : null };
    compiled.set(tone, result);
  }
  return result;
}
