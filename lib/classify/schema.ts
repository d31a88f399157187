import { z } from 'zod';
import { triageCodeSchema } from '../sync/records';

/** A post's triage as it travels from the background to the page; parsed on arrival. */
export const classifiedSchema = z.object({
  id: z.string().min(1).max(64),
  code: triageCodeSchema,
  categories: z.array(z.string().max(40)).max(20),
  sentiment: z.object({ label: z.enum(['negative', 'neutral', 'positive']), score: z.number().min(0).max(1) }),
  intensity: z.number().min(0).max(1),
  signals: z.object({
    pii: z.array(z.enum(['card', 'ssn', 'phone', 'email', 'address', 'password'])).max(6),
    vip: z.boolean(),
    newAccount: z.boolean(),
    repeatPoster: z.boolean(),
    alreadyAnswered: z.boolean(),
    language: z.enum(['en', 'unknown']),
  }),
  reasons: z.array(z.string().max(120)).max(20),
  dueAt: z.number().nullable(),
});
