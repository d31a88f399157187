import type { Finding, ReplyContext } from '../../lib/tone';
import type { Network, PostSnapshot } from '../../lib/sites/post';
import type { Policy } from '../../lib/sync/records';
import type { InsertedTemplate, PostTriage } from './types';

/**
 * The tone check reads at most this much of the box: a reply on any network is far shorter,
 * and a 50,000-character paste must not stall typing (checking this much takes about 2 ms).
 */
export const CHECK_LIMIT = 5_000;
const QUOTE_LIMIT = 48;

export function replyContext(network: Network, post: PostSnapshot | null, triage: PostTriage | null, policy: Policy, inserted: readonly InsertedTemplate[]): ReplyContext {
  return {
    network,
    post: post ? { text: post.text, code: triage?.code, sentiment: triage?.sentiment, categories: triage?.categories } : undefined,
    tone: policy.tone,
    templates: inserted,
  };
}

/** The stretch a finding is about, shortened for the panel. */
export function quoted(text: string, finding: Finding): string {
  const stretch = text.slice(finding.start, finding.end).replace(/\s+/g, ' ');
  return stretch.length > QUOTE_LIMIT ? `${stretch.slice(0, QUOTE_LIMIT - 1)}…` : stretch;
}

/** What the Fix button does, in words: its accessible name. */
export function fixLabel(text: string, finding: Finding): string {
  const replacement = finding.fix?.replacement ?? '';
  const shortReplacement = replacement.length > QUOTE_LIMIT ? `${replacement.slice(0, QUOTE_LIMIT - 1)}…` : replacement;
  if (finding.start === finding.end) return `Insert '${shortReplacement}'`;
  const stretch = quoted(text, finding);
  return replacement === '' ? `Remove '${stretch}'` : `Replace '${stretch}' with '${shortReplacement}'`;
}
