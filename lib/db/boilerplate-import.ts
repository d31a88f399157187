import Dexie from 'dexie';
import type { Boilerplate } from '../sync/records';
import type { CarebarDatabase, Stored } from './database';
import { mutation, outboxEntries } from './outbox';

export interface LibraryImportCounts {
  added: number;
  replaced: number;
}

/** The replies not deleted, in the synced shape: what an export and an import's duplicate check see. */
export async function liveBoilerplate(db: CarebarDatabase): Promise<Boilerplate[]> {
  const rows = await db.boilerplate.toArray();
  return rows.filter((row) => row.deletedAt === undefined).map(({ deletedAt: _deleted, ...reply }: Stored<Boilerplate>) => reply);
}

/**
 * Stores an import the manager confirmed, all or nothing, in one transaction with its outbox
 * entries (a push's worth each). A record whose id is in `replace` overwrites that stored reply,
 * which must still be there; any other record must be new. So a reply is never overwritten
 * without the manager having chosen it, even if the library changed while they looked.
 */
export async function importBoilerplate(db: CarebarDatabase, records: readonly Boilerplate[], replace: readonly string[], now: number): Promise<LibraryImportCounts> {
  const ids = records.map((record) => record.id);
  const given = new Set(ids);
  if (given.size !== ids.length) throw new Error('The import names the same reply twice.');
  const replacing = new Set(replace);
  if (replace.some((id) => !given.has(id))) throw new Error('The import replaces a reply without giving its new text.');

  const replacements = records.filter((record) => replacing.has(record.id));
  const additions = records.filter((record) => !replacing.has(record.id));
  return db.transaction('rw', db.boilerplate, db.outbox, async () => {
    const stored = await db.boilerplate.bulkGet(replacements.map((record) => record.id));
    replacements.forEach((record, i) => {
      const here = stored[i];
      if (here === undefined || here.deletedAt !== undefined) throw new Error(`The reply “${record.title}” was to replace one that has since been deleted. Nothing was imported; read the file again.`);
    });
    await db.boilerplate.bulkPut(replacements);
    // Adding, not putting: an id already stored fails the add, and with it the whole transaction,
    // without reading every new id first.
    try {
      await db.boilerplate.bulkAdd(additions);
    } catch (error) {
      if (!(error instanceof Dexie.BulkError)) throw error;
      const taken = additions[Number(Object.keys(error.failuresByPos)[0])];
      throw new Error(`The reply “${taken?.title ?? ''}” is already in the library. Nothing was imported.`);
    }
    await db.outbox.bulkAdd(
      outboxEntries(
        records.map((record) => mutation('boilerplate.put', record)),
        now,
      ),
    );
    return { added: additions.length, replaced: replacements.length };
  });
}
