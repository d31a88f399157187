import { fillTemplate, templateProblems, type FilledTemplate, type TemplateProblem } from '../../lib/boilerplate/placeholders';
import { rankTemplates } from '../../lib/boilerplate/rank';
import { placeholderValues } from '../../lib/boilerplate/values';
import type { Network, PostSnapshot } from '../../lib/sites/post';
import type { Boilerplate } from '../../lib/sync/records';
import type { PostTriage } from './types';

export const SUGGESTION_LIMIT = 8;

export interface Suggestion {
  id: string;
  title: string;
  reasons: string[];
  filled: FilledTemplate;
  short: FilledTemplate | undefined;
  /** Unknown placeholders and stray braces: shown, and inserted as the literal text they are. */
  problems: TemplateProblem[];
}

export interface SuggestFor {
  library: readonly Boilerplate[];
  post: PostSnapshot | null;
  triage: PostTriage | null;
  agentName: string;
  network: Network;
  query: string;
}

/**
 * The library ranked for the post (its triage when known, else words in common), filtered by
 * the search, each filled for its author and the agent. A new post has no author: its name and
 * handle stay as markers.
 */
export function suggestReplies({ library, post, triage, agentName, network, query }: SuggestFor): Suggestion[] {
  const ranked = rankTemplates(
    library,
    { text: post?.text ?? '', code: triage?.code, categories: triage?.categories, network },
    { query: query.trim() === '' ? undefined : query, limit: SUGGESTION_LIMIT },
  );
  const values = placeholderValues(post ? { authorName: post.authorName, handle: post.handle } : { authorName: '', handle: '' }, { agent: agentName });
  return ranked.map(({ template, reasons }) => ({
    id: template.id,
    title: template.title,
    reasons,
    filled: fillTemplate(template.body, values),
    short: template.shortBody ? fillTemplate(template.shortBody, values) : undefined,
    problems: templateProblems(template.body),
  }));
}
