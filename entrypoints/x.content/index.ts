import '../../components/sidebar/sidebar.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCarebarPage } from '../../lib/content/carebar-page';
import { xAdapter } from '../../lib/sites/x/adapter';

export default defineContentScript({
  matches: [...xAdapter.matches],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => runCarebarPage(ctx, xAdapter),
});
