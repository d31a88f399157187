import { importBoilerplate, liveBoilerplate } from '../db/boilerplate-import';
import type { CarebarDatabase } from '../db/database';
import type { Handlers } from '../messages/serve';
import type { TeamRole } from '../sync/team-connection';
import { managerOnly } from './manager-only';

export interface BoilerplateTransferDeps {
  db: CarebarDatabase;
  teamRole: () => Promise<TeamRole | null>;
  now?: () => number;
}

/** The background's side of importing and exporting the reply library as a file. */
export function boilerplateTransferHandlers({ db, teamRole, now = Date.now }: BoilerplateTransferDeps): Pick<Handlers, 'boilerplate/export' | 'boilerplate/import'> {
  return {
    'boilerplate/export': async () => ({ library: await liveBoilerplate(db) }),
    'boilerplate/import': async ({ records, replace }) => {
      await managerOnly(teamRole);
      // Stamped with the background's clock, as every other save is.
      const at = now();
      return importBoilerplate(db, records.map((record) => ({ ...record, updatedAt: at })), replace, at);
    },
  };
}
