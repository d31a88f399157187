import '../../components/sidebar/sidebar.css';
import '../../components/compose/compose.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCarebarPage } from '../../lib/content/carebar-page';
import { runComposeAssistant } from '../../lib/content/compose-assistant';
import { xAdapter } from '../../lib/sites/x/adapter';

export default defineContentScript({
  matches: [...xAdapter.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => {
    runComposeAssistant(ctx, xAdapter);
    return runCarebarPage(ctx, xAdapter);
  },
});
