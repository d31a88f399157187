import { z } from 'zod';
import { adaptationSummarySchema, classifiedSchema } from '../classify/schema';
import { networkSchema, postSnapshotSchema } from '../sites/post';
import { backupSchema, MAX_BACKUP_CHARS } from '../sync/backup-file';
import { agentNameSchema } from '../compose/agent-name';
import { favouriteMoveSchema, replyInputSchema } from '../db/boilerplate';
import { boilerplateSchema, handoffSchema, noteSchema, policySchema, reminderSchema, subjectSchema, triageCodeSchema } from '../sync/records';

const id = z.string().min(1).max(64);
const time = z.number().int().nonnegative();
const noteBody = z.string().trim().min(1, 'A note needs some text.').max(20_000);
const handoffView = handoffSchema.extend({ read: z.boolean() });
const customer = z.strictObject({ network: networkSchema, handle: z.string().min(1).max(128) });
const nothing = z.object({});

/**
 * Every message the extension's parts exchange, by name, with the schema of what is sent and
 * what comes back. Both ends parse with these: a message is untrusted until it has.
 */
export const protocol = {
  /**
   * Content script → background: posts that came on screen. The background logs them as seen
   * and answers with their triage, classified on this device.
   */
  'posts/triage': {
    request: z.object({ posts: z.array(postSnapshotSchema).min(1).max(200) }),
    response: z.object({ results: z.array(classifiedSchema).max(200) }),
  },
  /** Any page → background: how far triage has adapted to the class mix of the posts seen. */
  'triage/adaptation': {
    request: z.object({}),
    response: adaptationSummarySchema,
  },
  /** The agent's "start over": forget the posts seen and go back to the model's own mix. */
  'triage/reset-adaptation': {
    request: z.object({}),
    response: adaptationSummarySchema,
  },
  /**
   * Content script → background: posts on screen the brand visibly answered, for the shift
   * digest's "not answered".
   */
  'posts/answered': {
    request: z.object({ network: networkSchema, postIds: z.array(id).min(1).max(200) }),
    response: nothing,
  },
  /** What the team knows about a customer: the customer panel. */
  'customer/get': {
    request: customer,
    response: z.object({
      notes: z.array(noteSchema),
      reminders: z.array(reminderSchema),
      /** Posts by them seen in the last 24 hours. */
      postsLastDay: z.number().int().nonnegative(),
      /** This agent's id, so the panel can say "you". */
      agentId: id,
    }),
  },
  'note/create': { request: z.object({ subject: subjectSchema, body: noteBody }), response: noteSchema },
  'note/edit': { request: z.object({ id, body: noteBody }), response: noteSchema },
  'note/delete': { request: z.object({ id }), response: nothing },
  'note/restore': { request: z.object({ id }), response: noteSchema },
  /** A due time typed in words ("in 2h", "friday 14:00"), read where the parser lives. */
  'due/parse': {
    request: z.object({ text: z.string().max(200), now: time }),
    response: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), dueAt: time }), z.object({ ok: z.literal(false), reason: z.string() })]),
  },
  'reminder/create': {
    request: z.object({ subject: subjectSchema, body: z.string().trim().max(20_000), dueAt: time }),
    response: reminderSchema,
  },
  'reminder/complete': { request: z.object({ id }), response: reminderSchema },
  /** Without a time, snoozes one hour from now. */
  'reminder/snooze': { request: z.object({ id, dueAt: time.optional() }), response: reminderSchema },
  /** Open reminders due by now, oldest first: the toolbar popup. */
  'reminder/due': { request: nothing, response: z.object({ reminders: z.array(reminderSchema) }) },
  /** Opens a reminder's post, in the tab already showing it if any. */
  'reminder/open': { request: z.object({ id }), response: nothing },
  'handoff/create': {
    request: z.object({ body: z.string().trim().min(1, 'A hand-off needs some text.').max(20_000), shiftStart: time.optional(), shiftEnd: time.optional() }),
    response: handoffView,
  },
  'handoff/list': { request: nothing, response: z.object({ handoffs: z.array(handoffView) }) },
  /** The newest hand-off, if this agent has not read it: shown first in the sidebar. */
  'handoff/unread': { request: nothing, response: z.object({ handoff: handoffView.nullable() }) },
  'handoff/read': { request: z.object({ id }), response: nothing },
  /** A digest of the shift since `shiftStart`, to start a hand-off from. */
  /** The shift now ending, from this agent's last hand-off (or a usual shift ago) until now. */
  'handoff/digest': {
    request: nothing,
    response: z.object({
      shiftStart: time,
      text: z.string(),
      openReminders: z.number().int(),
      unanswered: z.array(z.object({ network: z.string(), postId: id, handle: z.string(), code: triageCodeSchema })),
      notes: z.number().int(),
    }),
  },
  /** Notes and hand-offs by words, customer and creation date. */
  search: {
    request: z.object({
      words: z.string().max(200).optional(),
      customer: customer.optional(),
      from: time.optional(),
      to: time.optional(),
    }),
    response: z.object({ notes: z.array(noteSchema), handoffs: z.array(handoffView) }),
  },
  /**
   * Content script → background: what the reply assistant writes with: the team's boilerplate
   * (the starter library while the team has none), its policy and the agent's name for {agent}.
   */
  /** Loads the reply assistant into the sending tab, the first time a compose box is focused there. */
  'compose/load': { request: nothing, response: nothing },
  'compose/context': {
    request: nothing,
    response: z.object({ library: z.array(boilerplateSchema).max(20_000), policy: policySchema, agentName: agentNameSchema }),
  },
  /** Every record, as one versioned backup file. */
  'data/export': { request: nothing, response: backupSchema },
  /** A backup file's text; refused whole, with the reason, unless all of it is valid. */
  'data/import': {
    request: z.object({ text: z.string().max(MAX_BACKUP_CHARS) }),
    response: z.object({ notes: z.number().int(), reminders: z.number().int(), handoffs: z.number().int(), boilerplate: z.number().int(), policy: z.number().int() }),
  },
  // Boilerplate section of the options page: the team's reply library.
  /** Live replies, the most recently edited first, and this agent's favourites in their order. */
  'boilerplate/list': { request: nothing, response: z.object({ replies: z.array(boilerplateSchema).max(20_000), favourites: z.array(id) }) },
  /** Creates a reply (no id) or replaces one whole; the background stamps the time. */
  'boilerplate/save': { request: replyInputSchema, response: boilerplateSchema },
  'boilerplate/duplicate': { request: z.object({ id }), response: boilerplateSchema },
  'boilerplate/delete': { request: z.object({ id }), response: nothing },
  'boilerplate/restore': { request: z.object({ id }), response: boilerplateSchema },
  /** Marks, unmarks or moves a favourite (this device only); answers the favourites' new order. */
  'boilerplate/favourite': { request: z.object({ id, move: favouriteMoveSchema }), response: z.object({ favourites: z.array(id) }) },
  // Policy section of the options page: tone rules, SLAs, people.
  /** The team's policy as stored, or the defaults while it has none. */
  'policy/get': { request: nothing, response: policySchema },
  /** Replaces the policy whole; the background stamps the time. Refused while this browser is an agent of a team. */
  'policy/save': { request: policySchema, response: policySchema },
  /** Who to escalate Red and Orange posts to: the sidebar's share of the policy. */
  'policy/escalation': { request: nothing, response: z.object({ contacts: policySchema.shape.contacts }) },
  // Import and export section of the options page: the reply library as a CSV or JSON file.
  /** The live library, for a file and for finding an import's duplicates. */
  'boilerplate/export': { request: nothing, response: z.object({ library: z.array(boilerplateSchema).max(20_000) }) },
  /**
   * Stores a confirmed import, all or nothing: `records` are added, except those whose id is in
   * `replace`, which overwrite that stored reply (chosen by the manager as a duplicate's title).
   */
  'boilerplate/import': {
    request: z.object({ records: z.array(boilerplateSchema).min(1).max(20_000), replace: z.array(id).max(20_000) }),
    response: z.object({ added: z.number().int().nonnegative(), replaced: z.number().int().nonnegative() }),
  },
} as const;

export type MessageName = keyof typeof protocol;
export type MessageRequest<N extends MessageName> = z.infer<(typeof protocol)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof protocol)[N]['response']>;

/** The envelope on the wire. */
export const envelopeSchema = z.object({
  name: z.string(),
  payload: z.unknown(),
});

/** What a handler answers: either its result or an error the sender can show. */
export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type Reply = z.infer<typeof replySchema>;

export function isMessageName(name: string): name is MessageName {
  return Object.hasOwn(protocol, name);
}
