/**
 * Runs in a page of the extension's origin: fills Carebar's own database (the one the
 * background reads) to a busy team's volume, with a realistic history for the customers of the
 * page the bench opens.
 */
import './zod-jitless';
import { openDatabase, type NoteRow } from '../../lib/db/database';
import { indexWords } from '../../lib/text/words';
import { seededRandom } from '../fixtures/x/generate-timeline';
import { makeNotes, makeReminders, vocabulary } from './records-db-page';

export interface PanelFillConfig {
  notes: number;
  reminders: number;
  handles: number;
  /** The page's customers, each given `notesEach` notes of their own. */
  customers: string[];
  notesEach: number;
}

const CHUNK = 5_000;
const DAY = 86_400_000;

export async function fillCarebarDatabase(config: PanelFillConfig): Promise<number> {
  const random = seededRandom(11);
  const { pick } = vocabulary(random);
  const now = Date.now();
  const own: NoteRow[] = config.customers.flatMap((handle, c) =>
    Array.from({ length: config.notesEach }, (_, i) => {
      const body = Array.from({ length: 8 + Math.floor(random() * 10) }, pick).join(' ');
      const createdAt = now - Math.floor(random() * 30 * DAY);
      return { id: `page-${c}-${i}`, subject: { network: 'x', handle }, body, authorId: 'agent', createdAt, updatedAt: createdAt, words: indexWords(body) };
    }),
  );
  const notes = [...makeNotes(config.notes, config.handles, random, pick, 'bulk-'), ...own];
  const db = openDatabase();
  for (let at = 0; at < notes.length; at += CHUNK) await db.notes.bulkPut(notes.slice(at, at + CHUNK));
  await db.reminders.bulkPut(makeReminders(config.reminders, 0, config.handles, random));
  const count = await db.notes.count();
  db.close();
  return count;
}
