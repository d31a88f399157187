import { z } from 'zod';
import { boilerplateSchema, handoffSchema, noteSchema, policySchema, reminderSchema } from './records';

const byId = z.strictObject({ id: z.string().min(1).max(64) });

/**
 * The mutations of sync protocol version 1, with their arguments: `*.put` carries the whole
 * record, the others `{ id }`.
 */
export const mutationArgs = {
  'boilerplate.put': boilerplateSchema,
  'boilerplate.delete': byId,
  'policy.put': policySchema,
  'note.put': noteSchema,
  'note.delete': byId,
  'reminder.put': reminderSchema,
  'reminder.complete': byId,
  'reminder.cancel': byId,
  'handoff.put': handoffSchema,
  'handoff.delete': byId,
} as const;

export type MutationName = keyof typeof mutationArgs;
export type MutationArgs<N extends MutationName> = z.infer<(typeof mutationArgs)[N]>;
