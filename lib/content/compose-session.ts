import type { ComposeContext, InsertedTemplate, PostTriage } from '../../components/compose/types';
import type { SiteTheme } from '../sites/adapter';
import type { PostSnapshot } from '../sites/post';

/** Everything the panel shows for one compose box. */
export interface PanelState {
  /** The compose box's text, as its editor holds it. */
  text: string;
  post: PostSnapshot | null;
  triage: PostTriage | null;
  context: ComposeContext;
  /** Something the agent should know that is not about an action: the team's replies could not be loaded. */
  notice: string | null;
  inserted: readonly InsertedTemplate[];
  theme: SiteTheme;
  /** Changes when the search box should take focus. */
  searchFocusRequest: number;
}

/** The panel's state, changed by the content script and watched by the panel. */
export class PanelStore {
  private listeners = new Set<(state: PanelState) => void>();

  constructor(private value: PanelState) {}

  get state(): PanelState {
    return this.value;
  }

  update(change: Partial<PanelState>): void {
    this.value = { ...this.value, ...change };
    for (const listener of this.listeners) listener(this.value);
  }

  subscribe(listener: (state: PanelState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
