import { RULES } from './intents/rules';
import { TriggerIndex } from './intents/triggers';
import type { IntentFinding } from './types';

const LINK = /\b(?:https?:\/\/|www\.)\S+/gu;
/** @handles name brands and people ("@RefundBot", "@UPSHelp"); they say nothing about intent. */
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/gu;

/** Bit 2r: rule r's pattern may match; bit 2r + 1: its `unless` may. */
const TRIGGERS = new TriggerIndex(RULES.flatMap((rule) => [rule.triggers, rule.unless?.triggers]));

/**
 * What a post is about, by rules an agent can check: each finding carries the reason shown in
 * the sidebar. At most one finding per intent, in rule order (threat first).
 */
export function findIntents(text: string): IntentFinding[] {
  const normalised = normalise(text);
  const candidates = TRIGGERS.scan(normalised);
  const findings: IntentFinding[] = [];
  let found = 0;
  for (let r = 0; r < RULES.length; r++) {
    if (!(candidates & (1 << (2 * r)))) continue;
    const rule = RULES[r] as (typeof RULES)[number];
    const bit = INTENT_BITS[rule.intent];
    if (found & bit) continue;
    // Blanking only removes whole words, so the pattern's trigger words, if any, were there before it.
    const subject = rule.unless && candidates & (1 << (2 * r + 1)) ? normalised.replace(rule.unless.pattern, ' ') : normalised;
    if (rule.pattern.test(subject)) {
      findings.push({ intent: rule.intent, reason: rule.reason });
      found |= bit;
    }
  }
  return findings;
}

/** One bit per intent, for the one-finding-per-intent check. */
const INTENT_BITS = Object.fromEntries([...new Set(RULES.map((rule) => rule.intent))].map((intent, i) => [intent, 1 << i])) as Record<
  (typeof RULES)[number]['intent'],
  number
>;

/** Lower case, straight apostrophes, no links, no @handles; each replacement only when it has something to replace. */
function normalise(text: string): string {
  let normalised = text.toLowerCase();
  if (normalised.includes('\u2018') || normalised.includes('\u2019') || normalised.includes('\u02bc')) normalised = normalised.replace(CURLY_APOSTROPHE, "'");
  if (normalised.includes('http') || normalised.includes('www.')) normalised = normalised.replace(LINK, ' ');
  if (normalised.includes('@')) normalised = normalised.replace(HANDLE, ' ');
  return normalised;
}
