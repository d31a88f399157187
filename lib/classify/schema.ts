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

const mixSchema = z.object({ negative: z.number().min(0).max(1), neutral: z.number().min(0).max(1), positive: z.number().min(0).max(1) });

/** How far triage has adapted to the class mix of the posts seen (`adapt.ts`). */
export const adaptationSummarySchema = z.object({
  /** English posts the estimate rests on (the last few hundred). */
  posts: z.int().nonnegative(),
  /** Posts needed before the estimate moves at all. */
  needed: z.int().nonnegative(),
  training: mixSchema,
  estimated: mixSchema,
});
export type AdaptationSummary = z.infer<typeof adaptationSummarySchema>;
