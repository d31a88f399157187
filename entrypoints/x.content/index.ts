import '../../components/sidebar/sidebar.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCarebarPage } from '../../lib/content/carebar-page';
import { loadAssistantOnFocus } from '../../lib/content/compose-loader';
import { sendMessage } from '../../lib/messages/send';
import { xAdapter } from '../../lib/sites/x/adapter';

export default defineContentScript({
  matches: [...xAdapter.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => {
    loadAssistantOnFocus(ctx, xAdapter, () => sendMessage('compose/load', {}));
    return runCarebarPage(ctx, xAdapter);
  },
});
