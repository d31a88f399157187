import { z } from 'zod';
import { adaptationSummarySchema, classifiedSchema } from '../classify/schema';
import { postSnapshotSchema } from '../sites/post';

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
