import type { Classified } from '../../lib/classify/engine';
import { sameHandle } from '../../lib/classify/signals';
import type { PostSnapshot } from '../../lib/sites/post';
import type { TriageCode } from '../../lib/sync/records';
import { CODES } from '../../lib/text/code-labels';



export type SortOrder = 'page' | 'deadline';

export interface ViewOptions {
  /** Codes to show; empty shows every post, coded or not. */
  codes: ReadonlySet<TriageCode>;
  /** A category to show, or null for all. */
  category: string | null;
  sort: SortOrder;
}

export interface ViewRow {
  post: PostSnapshot;
  triage: Classified | undefined;
  /** Written by one of the brand's own handles: listed, never triaged. */
  own: boolean;
}

/** The posts to list: filtered by code and category, in page order or by deadline (soonest first, undated last). */
export function viewRows(
  posts: readonly PostSnapshot[],
  triage: ReadonlyMap<string, Classified>,
  options: ViewOptions,
  brandHandles: readonly string[] = [],
): ViewRow[] {
  const rows = posts
    .map((post) => ({ post, triage: triage.get(post.id), own: isOwnPost(post, brandHandles) }))
    .filter(({ triage: t }) => options.codes.size === 0 || (t !== undefined && options.codes.has(t.code)))
    .filter(({ triage: t }) => options.category === null || (t?.categories.includes(options.category) ?? false));
  if (options.sort === 'page') return rows;
  // Array.prototype.sort is stable: equal deadlines keep page order.
  return rows.sort((a, b) => deadline(a) - deadline(b));
}

function deadline(row: ViewRow): number {
  return row.triage?.dueAt ?? Number.POSITIVE_INFINITY;
}

/** How many posts on screen carry each code and each category, for the filter labels. */
export function countTriage(posts: readonly PostSnapshot[], triage: ReadonlyMap<string, Classified>) {
  const codes = new Map<TriageCode, number>(CODES.map((code) => [code, 0]));
  const categories = new Map<string, number>();
  for (const post of posts) {
    const t = triage.get(post.id);
    if (!t) continue;
    codes.set(t.code, (codes.get(t.code) ?? 0) + 1);
    for (const category of t.categories) categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  return { codes, categories };
}

/** The brand's own posts are what agents write, not what they answer. */
export function isOwnPost(post: Pick<PostSnapshot, 'handle'>, brandHandles: readonly string[]): boolean {
  return brandHandles.some((brand) => sameHandle(brand, post.handle));
}

/**
 * Sets "already answered" on the posts the brand visibly replied to. It is read from the page
 * as it is now, since the brand's reply often comes on screen after the post was triaged.
 */
export function markAnswered(triage: ReadonlyMap<string, Classified>, answered: ReadonlySet<string>): ReadonlyMap<string, Classified> {
  if (answered.size === 0) return triage;
  const marked = new Map(triage);
  for (const id of answered) {
    const t = marked.get(id);
    if (t && !t.signals.alreadyAnswered) marked.set(id, { ...t, signals: { ...t.signals, alreadyAnswered: true } });
  }
  return marked;
}

/** The signals worth a chip, in words an agent reads. */
export function signalLabels(t: Classified): string[] {
  const labels: string[] = [];
  if (t.signals.vip) labels.push('VIP');
  if (t.signals.newAccount) labels.push('New account');
  if (t.signals.repeatPoster) labels.push('Repeat poster');
  if (t.signals.alreadyAnswered) labels.push('Answered');
  if (t.signals.language === 'unknown') labels.push('Unknown language');
  return labels;
}
