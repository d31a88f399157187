import { checkReply, type Finding, type ReplyContext, type ToneRuleId } from '../../lib/tone';

export function applyFix(text: string, finding: Finding): string {
  if (!finding.fix) throw new Error(`finding ${finding.rule} has no fix`);
  return text.slice(0, finding.start) + finding.fix.replacement + text.slice(finding.end);
}

export function findingsOf(rule: ToneRuleId, text: string, context?: ReplyContext): Finding[] {
  return checkReply(text, context).filter((finding) => finding.rule === rule);
}

/** The one finding of `rule`; fails when there is none or more than one. */
export function only(rule: ToneRuleId, text: string, context?: ReplyContext): Finding {
  const found = findingsOf(rule, text, context);
  if (found.length !== 1) throw new Error(`expected one ${rule} finding in ${JSON.stringify(text)}, got ${found.length}`);
  return found[0]!;
}

export const UPSET: ReplyContext = { post: { text: 'Still no refund, this is a joke', sentiment: { label: 'negative', score: 0.92 } } };
export const PRAISE: ReplyContext = { post: { text: 'Love the new app!', sentiment: { label: 'positive', score: 0.95 }, code: 'green', categories: ['praise'] } };

export function tone(overrides: Partial<NonNullable<ReplyContext['tone']>> = {}): NonNullable<ReplyContext['tone']> {
  return { avoid: [], voice: 'casual', rulesOff: [], ...overrides };
}
