import { z } from 'zod';
import { boilerplateSchema, handoffSchema, noteSchema, policySchema, reminderSchema } from './records';

export const BACKUP_FORMAT = 'carebar-backup';
export const BACKUP_VERSION = 1;
/** Chromium carries at most 64 MiB in one extension message; a backup travels in one. */
export const MAX_BACKUP_CHARS = 60_000_000;

const MANY = 1_000_000;

/** One file with every record this device holds, in the sync protocol's own shapes. */
export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number().int().nonnegative(),
  notes: z.array(noteSchema).max(MANY),
  reminders: z.array(reminderSchema).max(MANY),
  handoffs: z.array(handoffSchema).max(MANY),
  boilerplate: z.array(boilerplateSchema).max(MANY),
  policy: z.array(policySchema).max(1),
});
export type Backup = z.infer<typeof backupSchema>;
