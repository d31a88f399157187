import { describe, expect, it } from 'vitest';
import { composeHandlers } from '../../lib/background/compose-handlers';
import { STARTER_LIBRARY } from '../../lib/boilerplate/starter-library';
import { defaultPolicy } from '../../lib/classify/policy';
import { protocol } from '../../lib/messages/protocol';
import type { Boilerplate } from '../../lib/sync/records';
import { freshDatabase } from './db-helpers';

const OWN: Boilerplate = { id: 'own-1', title: 'Ours', body: 'Hi {name}', tags: [], codes: [], categories: [], networks: [], updatedAt: 5 };

/** The panel's context as the background answers 'compose/context', parsed as the content script parses it. */
async function context(db: ReturnType<typeof freshDatabase>, name = '') {
  const answer = await composeHandlers({ db, agentName: () => Promise.resolve(name), loadAssistant: () => Promise.resolve() })['compose/context']({}, {});
  return protocol['compose/context'].response.parse(answer);
}

describe("the background's compose/context", () => {
  it('gives the starter library and the default policy to a team that set neither', async () => {
    const answer = await context(freshDatabase(), 'Sam');
    expect(answer.library.map((t) => t.id)).toEqual(STARTER_LIBRARY.map((t) => t.id));
    expect(answer.policy).toEqual(defaultPolicy());
    expect(answer.agentName).toBe('Sam');
  });

  it("gives the team's live replies and policy, without deleted ones or local marks", async () => {
    const db = freshDatabase();
    const policy = { ...defaultPolicy(), tone: { avoid: [{ phrase: 'no worries' }], voice: 'formal' as const, rulesOff: [] }, updatedAt: 9 };
    await db.boilerplate.bulkPut([OWN, { ...OWN, id: 'gone', deletedAt: 7 }]);
    await db.policy.put(policy);
    const answer = await context(db);
    expect(answer.library).toEqual([OWN]);
    expect(answer.policy).toEqual(policy);
  });

  it('falls back to the starter library when every reply was deleted, and to the default policy when the policy was', async () => {
    const db = freshDatabase();
    await db.boilerplate.put({ ...OWN, deletedAt: 7 });
    await db.policy.put({ ...defaultPolicy(), updatedAt: 3, deletedAt: 4 });
    const answer = await context(db);
    expect(answer.library).toHaveLength(STARTER_LIBRARY.length);
    expect(answer.policy.updatedAt).toBe(0);
  });
});
