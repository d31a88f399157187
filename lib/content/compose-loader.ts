import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ComposeSite } from '../sites/adapter';

/**
 * Asks for the reply assistant the first time focus enters one of the page's compose boxes
 * (or is already in one). The assistant then runs on its own; a failed load is asked again
 * at the next focus.
 */
export function loadAssistantOnFocus(ctx: Pick<ContentScriptContext, 'addEventListener'>, site: Pick<ComposeSite, 'composeBoxOf'>, load: () => Promise<unknown>): void {
  let state: 'waiting' | 'loading' | 'loaded' = 'waiting';
  const focused = (target: EventTarget | null) => {
    if (state !== 'waiting' || !(target instanceof Node) || !site.composeBoxOf(target)) return;
    state = 'loading';
    load().then(
      () => (state = 'loaded'),
      (error: unknown) => {
        state = 'waiting';
        console.warn('Carebar: the reply assistant did not load.', error);
      },
    );
  };
  ctx.addEventListener(document, 'focusin', (event) => focused(event.target), { capture: true });
  focused(document.activeElement);
}
