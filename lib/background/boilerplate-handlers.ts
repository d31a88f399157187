import { deleteReply, duplicateReply, listReplies, moveFavourite, restoreReply, saveReply } from '../db/boilerplate';
import type { CarebarDatabase } from '../db/database';
import type { Handlers } from '../messages/serve';
import type { TeamRole } from '../sync/team-connection';
import { managerOnly } from './manager-only';

type BoilerplateMessages = 'boilerplate/list' | 'boilerplate/save' | 'boilerplate/duplicate' | 'boilerplate/delete' | 'boilerplate/restore' | 'boilerplate/favourite';

export interface BoilerplateDeps {
  db: CarebarDatabase;
  /** This browser's role in its team (null without one): the library is the manager's to change. */
  teamRole: () => Promise<TeamRole | null>;
  now?: () => number;
}

/** The background's side of the options page's reply library. */
export function boilerplateHandlers({ db, teamRole, now = Date.now }: BoilerplateDeps): Pick<Handlers, BoilerplateMessages> {
  return {
    'boilerplate/list': () => listReplies(db),
    'boilerplate/save': async (input) => {
      await managerOnly(teamRole);
      return saveReply(db, input, now());
    },
    'boilerplate/duplicate': async ({ id }) => {
      await managerOnly(teamRole);
      return duplicateReply(db, id, now());
    },
    'boilerplate/delete': async ({ id }) => {
      await managerOnly(teamRole);
      await deleteReply(db, id, now());
      return {};
    },
    'boilerplate/restore': async ({ id }) => {
      await managerOnly(teamRole);
      return restoreReply(db, id, now());
    },
    // Favourites are this agent's own order, kept on this device: anyone may change them.
    'boilerplate/favourite': async ({ id, move }) => ({ favourites: await moveFavourite(db, id, move) }),
  };
}
