import { z } from 'zod';

/**
 * Record shapes of sync protocol version 1 (`shared/design/sync-protocol.md`), shared by the
 * extension's database and the team server. Unknown fields are refused and strings are capped,
 * as the protocol says.
 */

const id = z.string().min(1).max(64);
const time = z.number().int().nonnegative();
const shortText = z.string().max(200);
const longText = z.string().max(20_000);
export const triageCodeSchema = z.enum(['red', 'orange', 'yellow', 'green']);

export const subjectSchema = z.strictObject({
  network: z.string().min(1).max(32),
  handle: z.string().min(1).max(128),
  postId: z.string().min(1).max(64).optional(),
  url: z.url().max(2048).optional(),
});

export const boilerplateSchema = z.strictObject({
  id,
  title: shortText.min(1),
  body: z.string().min(1).max(5_000),
  shortBody: z.string().max(1_000).optional(),
  tags: z.array(shortText).max(50),
  codes: z.array(triageCodeSchema).max(4),
  categories: z.array(shortText).max(50),
  networks: z.array(z.string().max(32)).max(10),
  updatedAt: time,
});

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');

export const policySchema = z.strictObject({
  id: z.literal('team'),
  tone: z.strictObject({
    avoid: z.array(z.strictObject({ phrase: shortText.min(1), replacement: shortText.optional(), reason: shortText.optional() })).max(500),
    signOff: shortText.optional(),
    voice: z.enum(['casual', 'formal']),
    readingGrade: z.number().min(1).max(20).optional(),
    rulesOff: z.array(shortText).max(50),
  }),
  sla: z.strictObject({ red: time, orange: time, yellow: time, green: time }),
  hours: z.strictObject({
    timeZone: shortText.min(1),
    days: z.array(z.strictObject({ day: z.number().int().min(0).max(6), from: hhmm, to: hhmm })).max(14),
  }),
  awayMessage: z.string().max(1_000).optional(),
  vipHandles: z.array(z.strictObject({ network: z.string().max(32), handle: z.string().max(128) })).max(10_000),
  influencerFollowers: z.number().int().nonnegative().optional(),
  contacts: z.array(z.strictObject({ name: shortText, role: shortText, reach: shortText, hours: shortText.optional() })).max(100),
  updatedAt: time,
});

export const noteSchema = z.strictObject({ id, subject: subjectSchema, body: longText.min(1), authorId: id, createdAt: time, updatedAt: time });

export const reminderSchema = z.strictObject({
  id,
  subject: subjectSchema,
  dueAt: time,
  body: longText,
  assigneeId: id,
  state: z.enum(['open', 'done', 'cancelled']),
  createdAt: time,
  updatedAt: time,
});

export const handoffSchema = z.strictObject({
  id,
  body: longText.min(1),
  shiftStart: time.optional(),
  shiftEnd: time.optional(),
  authorId: id,
  createdAt: time,
  updatedAt: time,
});

export type TriageCode = z.infer<typeof triageCodeSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type Boilerplate = z.infer<typeof boilerplateSchema>;
export type Policy = z.infer<typeof policySchema>;
export type Note = z.infer<typeof noteSchema>;
export type Reminder = z.infer<typeof reminderSchema>;
export type Handoff = z.infer<typeof handoffSchema>;
