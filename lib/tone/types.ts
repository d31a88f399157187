import type { SentimentLabel } from '../classify/types';
import type { Network } from '../sites/post';
import type { Policy, TriageCode } from '../sync/records';

/** Stable ids of the built-in rules: stored in `policy.tone.rulesOff`, so never renamed. */
export type ToneRuleId =
  | 'condescending'
  | 'blaming'
  | 'robotic'
  | 'levity'
  | 'personal-data'
  | 'no-empathy'
  | 'shouting'
  | 'exclamations'
  | 'reading-level'
  | 'too-long'
  | 'team-avoid'
  | 'sign-off'
  | 'voice';

export interface ToneRule {
  id: ToneRuleId;
  /** A few words, for the options page's list. */
  name: string;
  /** One line: what the rule flags and why. */
  description: string;
}

export interface ReplyContext {
  network?: Network;
  /** The post being answered, when known: its text and what triage said about it. */
  post?: { text: string; code?: TriageCode; sentiment?: { label: SentimentLabel; score: number }; categories?: readonly string[] };
  /** The team's tone policy (sync-protocol `policy.tone`): phrases to avoid, sign-off, voice, reading grade, rules turned off. */
  tone?: Policy['tone'];
  /** Boilerplate inserted into this reply, as rendered, with its rendered short variant, so a too-long reply can swap one for the other. */
  templates?: readonly { text: string; shortText?: string }[];
}

/**
 * One thing to look at in the reply. `start`/`end` are UTF-16 offsets into the text, end
 * exclusive; an empty range is an insertion point (a missing sign-off). A fix replaces exactly
 * `text.slice(start, end)`.
 */
export interface Finding {
  rule: ToneRuleId;
  message: string;
  start: number;
  end: number;
  fix?: { replacement: string };
}
