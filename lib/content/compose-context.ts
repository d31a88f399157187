import type { ComposeContext } from '../../components/compose/types';
import { STARTER_LIBRARY } from '../boilerplate/starter-library';
import { defaultPolicy } from '../classify/policy';

/** What the panel writes with before the background has answered, or when it cannot. */
export function fallbackContext(): ComposeContext {
  return { library: STARTER_LIBRARY, policy: defaultPolicy(), agentName: '' };
}

export interface ContextReading {
  context: ComposeContext;
  /** Why the team's own context could not be read, for the panel; null when it was. */
  problem: string | null;
}

/**
 * The team's library, policy and the agent's name, asked of the background each time a panel
 * opens (a manager's edit or a new name then shows at the next reply) and kept for the next
 * panel to start from. The library array stays the same object while its content does, so
 * ranking's index (cached per array) is not rebuilt for nothing.
 */
export class ComposeContextSource {
  private last: ComposeContext | null = null;
  private lastLibraryJson = '';

  constructor(private readonly fetch: () => Promise<ComposeContext>) {}

  get current(): ComposeContext {
    return this.last ?? fallbackContext();
  }

  async refresh(): Promise<ContextReading> {
    try {
      const fresh = await this.fetch();
      const json = JSON.stringify(fresh.library);
      const library = this.last && json === this.lastLibraryJson ? this.last.library : fresh.library;
      this.lastLibraryJson = json;
      this.last = { ...fresh, library };
      return { context: this.last, problem: null };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { context: this.current, problem: `Couldn't load the team's replies and tone policy (${reason}); showing ${this.last ? 'the last ones loaded' : 'the starter library'}.` };
    }
  }
}
