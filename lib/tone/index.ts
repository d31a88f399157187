export { checkReply } from './check';
export { replyLength } from './length';
export { TONE_RULES } from './rules';
export type { Finding, ReplyContext, ToneRule, ToneRuleId } from './types';
