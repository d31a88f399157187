import type { TeamRole } from '../sync/team-connection';

/**
 * Refuses a change to the team's settings (policy, reply library) from an agent's browser: the
 * team server refuses it anyway, and refusing here says so at once instead of at the next push.
 */
export async function managerOnly(teamRole: () => Promise<TeamRole | null>): Promise<void> {
  if ((await teamRole()) === 'agent') throw new Error('Team settings are read-only for an agent: a manager changes them.');
}
