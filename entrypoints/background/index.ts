import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { openDatabase } from '../../lib/db/database';
import { agentId } from '../../lib/background/agent';
import { browserClockPorts } from '../../lib/background/clock-ports';
import { boilerplateHandlers } from '../../lib/background/boilerplate-handlers';
import { boilerplateTransferHandlers } from '../../lib/background/boilerplate-transfer-handlers';
import { composeHandlers } from '../../lib/background/compose-handlers';
import { lazyEngine } from '../../lib/background/engine-loader';
import { loadAssistant } from '../../lib/background/load-assistant';
import { openPost } from '../../lib/background/open-post';
import { policyHandlers } from '../../lib/background/policy-handlers';
import { recordHandlers } from '../../lib/background/record-handlers';
import { createReminderClock } from '../../lib/background/reminder-clock';
import { createTriageService } from '../../lib/background/triage-service';
import { createWordIndexer } from '../../lib/background/word-indexer';
import { createMessageServer } from '../../lib/messages/serve';
import { readAgentName } from '../../lib/compose/agent-name';
import { updatePrefs } from '../../lib/prefs';
import { announcePolicySaved } from '../../lib/sync/policy-signal';
import { readTeamRole } from '../../lib/sync/team-connection';
import { readPolicy } from '../../lib/db/policy';
import type { Policy } from '../../lib/sync/records';

export default defineBackground(() => {
  const db = openDatabase();
  const engine = lazyEngine(db);
  const triage = createTriageService(db, engine);
  const clock = createReminderClock(db, browserClockPorts());
  const indexWords = createWordIndexer(db);
  // The engine first, so the tabs that hear of the change are triaged under the new policy.
  const policyChanged = async (policy: Policy) => {
    engine.usePolicy(policy);
    await announcePolicySaved(policy.updatedAt);
  };
  const records = recordHandlers({ db, clock, agentId, openPost, indexWords });

  const serve = createMessageServer({
    'posts/triage': async ({ posts }) => ({ results: await triage(posts) }),
    'triage/adaptation': async () => (await engine()).adaptation.summary(),
    'triage/reset-adaptation': async () => (await engine()).adaptation.reset(),
    ...records,
    // A backup may carry the team's policy: triage takes it as it takes a save.
    'data/import': async (request, sender) => {
      const counts = await records['data/import'](request, sender);
      if (counts.policy > 0) await policyChanged(await readPolicy(db));
      return counts;
    },
    ...composeHandlers({ db, agentName: readAgentName, loadAssistant }),
    ...policyHandlers({ db, teamRole: () => readTeamRole(), onSaved: policyChanged }),
    ...boilerplateHandlers({ db, teamRole: () => readTeamRole() }),
    ...boilerplateTransferHandlers({ db, teamRole: () => readTeamRole() }),
  });
  // The polyfill sends back whatever the returned promise resolves to.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender) => serve(message, { tabId: sender.tab?.id, frameId: sender.frameId }));

  // Listeners first, synchronously, so an alarm that woke the worker is not missed.
  browser.alarms.onAlarm.addListener((alarm) => void clock.onAlarm(alarm.name));
  browser.notifications.onClicked.addListener((id) => void clock.onNoticeClicked(id));
  browser.notifications.onButtonClicked.addListener((id, button) => void clock.onNoticeClicked(id, button));
  void clock.start();
  void indexWords();

  // The toolbar button opens the popup (due reminders, and the same toggle); the shortcut
  // toggles directly.
  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-sidebar') void updatePrefs((prefs) => ({ sidebarOpen: !prefs.sidebarOpen }));
  });
});
