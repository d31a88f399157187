import { describe, expect, it } from 'vitest';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

const reply = { title: 'Refund sent', body: 'Hi {name}, your refund is on its way.', tags: [], codes: ['yellow' as const], categories: [], networks: [] };

describe("the team's reply library", () => {
  it('is changed by a manager or without a team, and only read and ordered by an agent', async () => {
    const db = freshDatabase();
    const { send, setTeamRole } = background(db);
    const saved = await send('boilerplate/save', reply);
    setTeamRole('agent');
    const refused = 'Team settings are read-only for an agent';
    await expect(send('boilerplate/save', { ...reply, title: 'Changed' })).rejects.toThrow(refused);
    await expect(send('boilerplate/duplicate', { id: saved.id })).rejects.toThrow(refused);
    await expect(send('boilerplate/delete', { id: saved.id })).rejects.toThrow(refused);
    await expect(send('boilerplate/import', { records: [{ ...reply, id: crypto.randomUUID(), updatedAt: 0 }], replace: [] })).rejects.toThrow(refused);
    // Favourites are the agent's own.
    await expect(send('boilerplate/favourite', { id: saved.id, move: 'add' })).resolves.toEqual({ favourites: [saved.id] });
    expect((await send('boilerplate/list', {})).replies).toEqual([saved]);
    setTeamRole('manager');
    await expect(send('boilerplate/delete', { id: saved.id })).resolves.toEqual({});
  });
});
