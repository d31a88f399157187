import { boilerplateHandlers } from '../../lib/background/boilerplate-handlers';
import { boilerplateTransferHandlers } from '../../lib/background/boilerplate-transfer-handlers';
import { policyHandlers } from '../../lib/background/policy-handlers';
import { createReminderClock, type ClockPorts } from '../../lib/background/reminder-clock';
import { recordHandlers } from '../../lib/background/record-handlers';
import { createWordIndexer } from '../../lib/background/word-indexer';
import type { CarebarDatabase } from '../../lib/db/database';
import { protocol, type MessageName, type MessageRequest, type MessageResponse } from '../../lib/messages/protocol';
import { createMessageServer, type Handlers } from '../../lib/messages/serve';
import type { Policy } from '../../lib/sync/records';
import type { TeamRole } from '../../lib/sync/team-connection';

const HOUR = 3_600_000;

/**
 * The background's record handlers over a test database, with alarms and tabs as plain maps and
 * a clock the test moves; `send` has the signature of the real `sendMessage`.
 */
export function background(db: CarebarDatabase, start = 10 * HOUR, clockNow?: () => number) {
  let now = start;
  const alarms = new Map<string, number>();
  const opened: string[] = [];
  const ports: ClockPorts = {
    setAlarm: (name, when) => Promise.resolve(void alarms.set(name, when)),
    clearAlarm: (name) => Promise.resolve(void alarms.delete(name)),
    alarmNames: () => Promise.resolve([...alarms.keys()]),
    notify: () => Promise.resolve(),
    clearNotification: () => Promise.resolve(),
    openPost: (url) => Promise.resolve(void opened.push(url)),
    now: () => clockNow?.() ?? now,
  };
  const clock = createReminderClock(db, ports);
  const unused = () => Promise.reject(new Error('not under test'));
  let teamRole: TeamRole | null = null;
  const policySaves: Policy[] = [];
  const serve = createMessageServer({
    'posts/triage': unused,
    'triage/adaptation': unused,
    'triage/reset-adaptation': unused,
    'compose/context': unused,
    'compose/load': unused,
    ...recordHandlers({ db, clock, agentId: () => Promise.resolve('agent-1'), openPost: (url) => ports.openPost(url), indexWords: createWordIndexer(db), now: () => clockNow?.() ?? now }),
    ...boilerplateHandlers({ db, teamRole: () => Promise.resolve(teamRole), now: () => clockNow?.() ?? now }),
    ...boilerplateTransferHandlers({ db, teamRole: () => Promise.resolve(teamRole), now: () => clockNow?.() ?? now }),
    ...policyHandlers({ db, teamRole: () => Promise.resolve(teamRole), onSaved: (policy) => Promise.resolve(void policySaves.push(policy)), now: () => clockNow?.() ?? now }),
  } satisfies Handlers);
  async function send<N extends MessageName>(name: N, payload: MessageRequest<N>): Promise<MessageResponse<N>> {
    const reply = await serve({ name, payload });
    if (!reply.ok) throw new Error(reply.error);
    return protocol[name].response.parse(reply.result) as MessageResponse<N>;
  }
  return { send, serve, alarms, opened, advance: (ms: number) => (now += ms), policySaves, setTeamRole: (role: TeamRole | null) => (teamRole = role) };
}

