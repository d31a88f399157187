import { Component, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PanelStore } from '../../lib/content/compose-session';
import { ComposePanel, type ComposePanelProps } from './ComposePanel';

export type ComposeAppProps = Pick<ComposePanelProps, 'network' | 'onInsert' | 'onFix' | 'onSelectInBox' | 'onClose' | 'onChecked'> & { store: PanelStore };

/** The panel, following its store; a failure inside it is shown in its place, never thrown into the page. */
export function ComposeApp({ store, ...actions }: ComposeAppProps) {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    setState(store.state);
    return store.subscribe(setState);
  }, [store]);
  return (
    <PanelErrorBoundary onClose={actions.onClose}>
      <ComposePanel {...actions} {...state} />
    </PanelErrorBoundary>
  );
}

interface BoundaryProps {
  children: ComponentChildren;
  onClose: () => void;
}

class PanelErrorBoundary extends Component<BoundaryProps, { error: string | null }> {
  override state = { error: null as string | null };

  override componentDidCatch(error: unknown): void {
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <section class="ra" role="dialog" aria-label="Reply assistant">
        <p class="ra-notice" role="alert">
          The reply assistant hit a problem and stopped: {this.state.error}. The reply box works as usual.
        </p>
        <footer class="ra-footer">
          <button type="button" class="ra-button" onClick={this.props.onClose}>
            Close
          </button>
        </footer>
      </section>
    );
  }
}
