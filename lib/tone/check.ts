import { checkExclamations, checkShouting } from './checks/capitals';
import { checkEmpathy } from './checks/empathy';
import { checkLength, checkReadingLevel } from './checks/length';
import { checkLevity } from './checks/levity';
import { checkPersonalData } from './checks/personal-data';
import { checkBlaming, checkCondescending, checkRobotic, checkVoice } from './checks/phrase-lists';
import { checkSignOff, checkTeamAvoid } from './checks/team';
import { BUILT_IN } from './lexicon';
import { compileTone } from './policy';
import type { Check, Reply } from './reply';
import { isSpace, scan } from './scan';
import type { Finding, ReplyContext, ToneRuleId } from './types';

/** Each rule with the check that finds it; a check may only report its own rule. */
const CHECKS: readonly (readonly [ToneRuleId, Check])[] = [
  ['condescending', checkCondescending],
  ['blaming', checkBlaming],
  ['robotic', checkRobotic],
  ['levity', checkLevity],
  ['personal-data', checkPersonalData],
  ['no-empathy', checkEmpathy],
  ['shouting', checkShouting],
  ['exclamations', checkExclamations],
  ['reading-level', checkReadingLevel],
  ['too-long', checkLength],
  ['team-avoid', checkTeamAvoid],
  ['sign-off', checkSignOff],
  ['voice', checkVoice],
];

const UPSET_CODES = new Set(['red', 'orange']);

/**
 * Everything worth a second look in a reply, sorted by where it starts. Pure: the compose panel
 * calls it on every keystroke, the command line and tests call it the same way.
 */
export function checkReply(text: string, context: ReplyContext = {}): Finding[] {
  if (isBlank(text)) return [];
  const tone = context.tone ? compileTone(context.tone) : null;
  const post = context.post;
  const negative = post?.sentiment?.label === 'negative';
  const complaint = negative || (post?.categories?.includes('complaint') ?? false);
  const scanned = scan(text);
  const reply: Reply = {
    text,
    scanned,
    phrases: BUILT_IN.matches(scanned.words),
    context,
    tone,
    complaint,
    upset: complaint || (post?.code !== undefined && UPSET_CODES.has(post.code)),
  };
  const findings: Finding[] = [];
  for (const [rule, check] of CHECKS) {
    if (!tone?.rulesOff.has(rule)) check(reply, findings);
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}
