import { RULES } from './intents/rules';
import type { IntentFinding } from './types';

const LINK = /\b(?:https?:\/\/|www\.)\S+/gu;
/** @handles name brands and people ("@RefundBot", "@UPSHelp"); they say nothing about intent. */
const HANDLE = /(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu;
const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc]/gu;

/**
 * What a post is about, by rules an agent can check: each finding carries the reason shown in
 * the sidebar. At most one finding per intent, in rule order (threat first).
 */
export function findIntents(text: string): IntentFinding[] {
  const normalised = text.toLowerCase().replace(CURLY_APOSTROPHE, "'").replace(LINK, ' ').replace(HANDLE, ' ');
  const findings: IntentFinding[] = [];
  for (const rule of RULES) {
    if (findings.some((finding) => finding.intent === rule.intent)) continue;
    const subject = rule.unless ? normalised.replace(rule.unless, ' ') : normalised;
    if (rule.pattern.test(subject)) findings.push({ intent: rule.intent, reason: rule.reason });
  }
  return findings;
}
