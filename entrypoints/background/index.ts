import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../../lib/db/database';
import { lazyEngine } from '../../lib/background/engine-loader';
import { createTriageService } from '../../lib/background/triage-service';
import { createMessageServer } from '../../lib/messages/serve';
import { updatePrefs } from '../../lib/prefs';

export default defineBackground(() => {
  const db = openDatabase();
  const engine = lazyEngine(db);
  const triage = createTriageService(db, engine);

  const serve = createMessageServer({
    'posts/triage': async ({ posts }) => ({ results: await triage(posts) }),
    'triage/adaptation': async () => (await engine()).adaptation.summary(),
    'triage/reset-adaptation': async () => (await engine()).adaptation.reset(),
  });
  // The polyfill sends back whatever the returned promise resolves to.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown) => serve(message));

  const toggleSidebar = () => void updatePrefs((prefs) => ({ sidebarOpen: !prefs.sidebarOpen }));
  // Firefox's Manifest V2 build names the toolbar button browserAction.
  const toolbarButton = import.meta.env.MANIFEST_VERSION === 2 ? browser.browserAction : browser.action;
  toolbarButton.onClicked.addListener(toggleSidebar);
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-sidebar') toggleSidebar();
  });
});
