import { useEffect, useState } from 'preact/hooks';
import { browserTeamStore, type TeamRole, type TeamStore } from '../../../lib/sync/team-connection';

/**
 * This browser's role in its team, following changes made on any page; null without a team.
 * Sections of the team's settings render read-only for 'agent'.
 */
export function useTeamRole(store: TeamStore = browserTeamStore): TeamRole | null {
  const [role, setRole] = useState<TeamRole | null>(null);
  useEffect(() => {
    let current = true;
    void store.read().then(
      (connection) => {
        if (current) setRole(connection?.role ?? null);
      },
      () => undefined,
    );
    const unwatch = store.watch((connection) => setRole(connection?.role ?? null));
    return () => {
      current = false;
      unwatch();
    };
  }, [store]);
  return role;
}
