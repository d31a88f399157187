import css from '../components/compose/compose.css?inline';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runComposeAssistant } from '../lib/content/compose-assistant';
import { xAdapter } from '../lib/sites/x/adapter';

/** The reply assistant on X, run in the content scripts' world by the background on first use. */
export default defineUnlistedScript(() => {
  runComposeAssistant(new ContentScriptContext('x-compose'), xAdapter, css);
});
