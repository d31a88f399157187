import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lib/classify/policy';
import { readPolicy, savePolicy } from '../../lib/db/policy';
import { freshDatabase, queued } from './db-helpers';
import { background } from './fake-background';

const withContact = { ...defaultPolicy(), sla: { red: 0, orange: 90, yellow: 30, green: 240 }, contacts: [{ name: 'Dana Reyes', role: 'Legal', reach: '#legal' }] };

describe('policy handlers', () => {
  it('answer the defaults until a policy is saved, then the saved one', async () => {
    const { send } = background(freshDatabase());
    expect(await send('policy/get', {})).toEqual(defaultPolicy());
    expect(await send('policy/escalation', {})).toEqual({ contacts: [] });

    const saved = await send('policy/save', { ...withContact, updatedAt: 1 });
    expect(saved.updatedAt).toBe(10 * 3_600_000);
    expect(await send('policy/get', {})).toEqual(saved);
    expect(await send('policy/escalation', {})).toEqual({ contacts: withContact.contacts });
  });

  it('store the policy and its policy.put together, and tell triage after', async () => {
    const db = freshDatabase();
    const { send, policySaves } = background(db);
    const saved = await send('policy/save', withContact);
    expect(await queued(db)).toEqual([{ name: 'policy.put', args: saved }]);
    expect(policySaves).toEqual([saved]);
  });

  it('refuse a save from an agent of a team, and anything that is not a whole policy', async () => {
    const db = freshDatabase();
    const { send, setTeamRole } = background(db);
    setTeamRole('agent');
    await expect(send('policy/save', withContact)).rejects.toThrow('Team settings are read-only for an agent');
    setTeamRole('manager');
    await expect(send('policy/save', { ...withContact, sla: { red: -1, orange: 1, yellow: 1, green: 1 } })).rejects.toThrow(/Invalid "policy\/save"/);
    expect(await queued(db)).toEqual([]);
    await send('policy/save', withContact);
    expect((await readPolicy(db)).sla.yellow).toBe(30);
  });

  it('read the defaults over a deleted row or one that no longer parses', async () => {
    const db = freshDatabase();
    await savePolicy(db, withContact, 5);
    await db.policy.update('team', { deletedAt: 6 });
    expect(await readPolicy(db)).toEqual(defaultPolicy());
    await db.policy.put({ ...withContact, sla: { red: 'soon' } } as never);
    expect(await readPolicy(db)).toEqual(defaultPolicy());
  });
});
