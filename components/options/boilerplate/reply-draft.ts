import { z } from 'zod';
import type { ReplyInput } from '../../../lib/db/boilerplate';
import { networkSchema, type Network } from '../../../lib/sites/post';
import { triageCodeSchema, type Boilerplate, type TriageCode } from '../../../lib/sync/records';

/** The reply form as typed: text fields as strings, tags as one comma-separated line. */
export interface ReplyDraft {
  /** Set when editing a stored reply. */
  id?: string;
  title: string;
  body: string;
  tags: string;
  codes: TriageCode[];
  /** None: every network. Kept as stored, so a network this form has no box for survives an edit. */
  networks: string[];
  shortBody: string;
  /** Not edited in the form, but kept: ranking matches them to the post's categories. */
  categories: string[];
}

export type DraftField = 'title' | 'body' | 'tags' | 'shortBody';
export type DraftErrors = Partial<Record<DraftField, string>>;

export const NETWORKS: readonly Network[] = networkSchema.options;
export const NETWORK_LABELS: Readonly<Record<Network, string>> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  reddit: 'Reddit',
  instagram: 'Instagram',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};

/** A stored network's name; one this version does not know is shown as stored. */
export function networkLabel(network: string): string {
  const known = networkSchema.safeParse(network);
  return known.success ? NETWORK_LABELS[known.data] : network;
}

/** Limits of the sync protocol's boilerplate record, said the way a manager reads them. */
const fieldsSchema = z.object({
  title: z.string().trim().min(1, 'A reply needs a title.').max(200, 'A title has at most 200 characters.'),
  body: z.string().trim().min(1, 'A reply needs its text.').max(5_000, 'A reply has at most 5,000 characters.'),
  tags: z
    .string()
    .transform((line) => [...new Set(line.split(',').map((tag) => tag.trim()).filter((tag) => tag.length > 0))])
    .pipe(z.array(z.string().max(200, 'A tag has at most 200 characters.')).max(50, 'A reply has at most 50 tags.')),
  shortBody: z
    .string()
    .trim()
    .max(1_000, 'A short variant has at most 1,000 characters.')
    .transform((text) => (text.length > 0 ? text : undefined)),
  codes: z.array(triageCodeSchema),
  networks: z.array(z.string().max(32)),
});

export const EMPTY_DRAFT: ReplyDraft = { title: '', body: '', tags: '', codes: [], networks: [], shortBody: '', categories: [] };

export function draftOf(reply: Boilerplate): ReplyDraft {
  return {
    id: reply.id,
    title: reply.title,
    body: reply.body,
    tags: reply.tags.join(', '),
    codes: [...reply.codes],
    networks: [...reply.networks],
    shortBody: reply.shortBody ?? '',
    categories: [...reply.categories],
  };
}

/** The record to save, or what is wrong with each field. */
export function checkDraft(draft: ReplyDraft): { ok: true; input: ReplyInput } | { ok: false; errors: DraftErrors } {
  const parsed = fieldsSchema.safeParse(draft);
  if (!parsed.success) {
    const errors: DraftErrors = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as DraftField;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const { shortBody, ...fields } = parsed.data;
  const input: ReplyInput = { ...fields, categories: draft.categories, ...(draft.id === undefined ? {} : { id: draft.id }), ...(shortBody === undefined ? {} : { shortBody }) };
  return { ok: true, input };
}
