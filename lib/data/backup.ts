import { z } from 'zod';
import type { CarebarDatabase, HandoffRow, NoteRow, ReminderRow } from '../db/database';
import { handoffRecord } from '../db/handoffs';
import { noteRecord } from '../db/notes';
import { mutation, outboxEntries } from '../db/outbox';
import { reminderRecord } from '../db/reminders';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, MAX_BACKUP_CHARS, type Backup } from '../sync/backup-file';
import { indexWords } from '../text/words';

export interface ImportCounts {
  notes: number;
  reminders: number;
  handoffs: number;
  boilerplate: number;
  policy: number;
}

/** Live records only: a deleted one has nothing to restore. */
export async function exportBackup(db: CarebarDatabase, now: number): Promise<Backup> {
  return db.transaction('r', [db.notes, db.reminders, db.handoffs, db.boilerplate, db.policy], async () => {
    const live = <T extends { deletedAt?: number }>(rows: T[]) => rows.filter((row) => row.deletedAt === undefined);
    const strip = <T extends { deletedAt?: number }>({ deletedAt, ...row }: T) => row;
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: now,
      notes: live(await db.notes.toArray()).map(noteRecord),
      reminders: live(await db.reminders.toArray()).map(reminderRecord),
      handoffs: live(await db.handoffs.toArray()).map(handoffRecord),
      boilerplate: live(await db.boilerplate.toArray()).map(strip),
      policy: live(await db.policy.toArray()).map(strip),
    };
  });
}

/**
 * Reads a backup file's text and says exactly what is wrong with it, or gives the backup.
 * Nothing is written before this has passed.
 */
export function parseBackup(text: string): { ok: true; backup: Backup } | { ok: false; reason: string } {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, reason: 'This file is too large to be a Carebar backup.' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'This file is not JSON, so it is not a Carebar backup.' };
  }
  const header = z.object({ format: z.string(), version: z.number() }).safeParse(raw);
  if (!header.success || header.data.format !== BACKUP_FORMAT) return { ok: false, reason: 'This file is not a Carebar backup.' };
  if (header.data.version !== BACKUP_VERSION) {
    return { ok: false, reason: `This backup is version ${header.data.version}; this Carebar reads version ${BACKUP_VERSION}.` };
  }
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `This backup is damaged: ${z.prettifyError(parsed.error)}` };
  return { ok: true, backup: parsed.data };
}

/**
 * Merges a backup in, all or nothing, in one transaction. A record newer here than in the file
 * is kept; every record taken from the file is queued for the team server like any change.
 */
export async function importBackup(db: CarebarDatabase, backup: Backup, now: number): Promise<ImportCounts> {
  const tables = [db.notes, db.reminders, db.handoffs, db.boilerplate, db.policy, db.outbox];
  return db.transaction('rw', tables, async () => {
    const newer = async <T extends { id: string; updatedAt: number }>(table: { bulkGet(keys: string[]): Promise<(T | undefined)[]> }, rows: T[]) => {
      const stored = await table.bulkGet(rows.map((row) => row.id));
      return rows.filter((row, i) => {
        const here = stored[i];
        return here === undefined || here.updatedAt < row.updatedAt;
      });
    };
    // Notes are most of any backup: their words are indexed after the import (word-index.ts).
    const notes = await newer<NoteRow>(db.notes, backup.notes.map((note) => ({ ...note, words: [], unindexed: 1 })));
    const reminders = await newer<ReminderRow>(db.reminders, backup.reminders);
    const handoffs = await newer<HandoffRow>(db.handoffs, backup.handoffs.map((handoff) => ({ ...handoff, words: indexWords(handoff.body) })));
    const boilerplate = await newer(db.boilerplate, backup.boilerplate);
    const policy = await newer(db.policy, backup.policy);

    await db.notes.bulkPut(notes);
    await db.reminders.bulkPut(reminders);
    await db.handoffs.bulkPut(handoffs);
    await db.boilerplate.bulkPut(boilerplate);
    await db.policy.bulkPut(policy);
    await db.outbox.bulkAdd(
      outboxEntries(
        [
          ...notes.map((row) => mutation('note.put', noteRecord(row))),
          ...reminders.map((row) => mutation('reminder.put', reminderRecord(row))),
          ...handoffs.map((row) => mutation('handoff.put', handoffRecord(row))),
          ...boilerplate.map((row) => mutation('boilerplate.put', row)),
          ...policy.map((row) => mutation('policy.put', row)),
        ],
        now,
      ),
    );
    return { notes: notes.length, reminders: reminders.length, handoffs: handoffs.length, boilerplate: boilerplate.length, policy: policy.length };
  });
}
