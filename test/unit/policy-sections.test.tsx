// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PolicySettings } from '../../components/options/policy/PolicySettings';
import { EscalationLine } from '../../components/sidebar/EscalationLine';
import { readPolicy } from '../../lib/db/policy';
import type { TeamConnection, TeamStore } from '../../lib/sync/team-connection';
import { freshDatabase } from './db-helpers';
import { background } from './fake-background';

afterEach(cleanup);

const ZONES = ['Europe/Paris', 'UTC', 'America/New_York'];

/** The team connection in memory, heard by the page as the browser's storage would be. */
function memoryStore(initial: TeamConnection | null = null): TeamStore & { set: (c: TeamConnection | null) => void } {
  let value = initial;
  const listeners = new Set<(c: TeamConnection | null) => void>();
  const set = (next: TeamConnection | null) => {
    value = next;
    for (const listener of listeners) listener(next);
  };
  return {
    read: () => Promise.resolve(value),
    write: (next) => Promise.resolve(set(next)),
    watch: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set,
  };
}

function setup(store = memoryStore(), fetchImpl?: typeof fetch) {
  const db = freshDatabase();
  const fake = background(db);
  render(<PolicySettings send={fake.send} team={store} timeZones={ZONES} {...(fetchImpl ? { fetch: fetchImpl } : {})} />);
  return { db, ...fake };
}

const region = (name: string) => screen.getByRole('region', { name });
const type = (element: HTMLElement, value: string) => fireEvent.input(element, { target: { value } });

describe('policy sections', () => {
  it('checks a field as it is typed, with the message beside it, and saves once it is right', async () => {
    const { db } = setup();
    await screen.findByRole('heading', { name: 'SLAs' });
    const slas = region('SLAs');
    const yellow = within(slas).getByLabelText('Yellow');
    expect((yellow as HTMLInputElement).value).toBe('60');

    type(yellow, '1h');
    expect(yellow.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(yellow.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Whole minutes, like 60.');
    fireEvent.click(within(slas).getByRole('button', { name: 'Save SLAs' }));
    expect(await within(slas).findByText('Not saved: fix the fields marked above.')).toBeTruthy();
    expect((await readPolicy(db)).updatedAt).toBe(0);

    type(yellow, '45');
    expect(yellow.getAttribute('aria-invalid')).toBeNull();
    fireEvent.change(within(slas).getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    fireEvent.click(within(slas).getByRole('checkbox', { name: 'Sunday' }));
    fireEvent.click(within(slas).getByRole('button', { name: 'Save SLAs' }));
    await within(slas).findByText(/^SLAs saved/);
    const saved = await readPolicy(db);
    expect(saved.sla.yellow).toBe(45);
    expect(saved.hours.timeZone).toBe('Europe/Paris');
    expect(saved.hours.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('adds phrases to avoid, turns built-in checks off, and does not save an empty row', async () => {
    const { db } = setup();
    const tone = await screen.findByRole('region', { name: 'Tone rules' });
    fireEvent.click(within(tone).getByRole('button', { name: 'Add a phrase' }));
    const row = within(tone).getByRole('group', { name: 'Phrase to avoid 1' });
    fireEvent.click(within(tone).getByRole('button', { name: 'Save tone rules' }));
    expect(await within(row).findByText('Type the phrase to avoid, or remove this row.')).toBeTruthy();

    type(within(row).getByLabelText('Phrase'), 'unfortunately');
    type(within(row).getByLabelText('Reason (optional)'), 'sounds like a refusal');
    type(within(tone).getByLabelText('Required sign-off'), '^{agent}');
    fireEvent.click(within(tone).getByRole('radio', { name: 'Formal' }));
    fireEvent.click(within(tone).getByRole('checkbox', { name: 'Jokes with upset customers' }));
    fireEvent.click(within(tone).getByRole('button', { name: 'Save tone rules' }));
    await within(tone).findByText(/^Tone rules saved/);
    expect((await readPolicy(db)).tone).toEqual({ avoid: [{ phrase: 'unfortunately', reason: 'sounds like a refusal' }], signOff: '^{agent}', voice: 'formal', rulesOff: ['levity'] });
  });

  it('imports VIPs from a CSV’s first column and saves escalation contacts', async () => {
    const { db } = setup();
    const people = await screen.findByRole('region', { name: 'People' });
    const file = within(people).getByLabelText('Import a list');
    Object.defineProperty(file, 'files', { value: [new File(['handle,followers\n@ann,12\n"bo_b",3\n'], 'vips.csv', { type: 'text/csv' })], configurable: true });
    fireEvent.change(file);
    await within(people).findByText(/^Added 2 lines from vips.csv/);
    const vips = within(people).getByLabelText<HTMLTextAreaElement>('VIP handles');
    expect(vips.value).toBe('@ann\nbo_b');
    type(vips, `${vips.value}\ninstagram:@cara.c\nnot ok`);
    expect(within(people).getByText('Line 4: “not ok” is not a handle.')).toBeTruthy();
    type(vips, '@ann\nbo_b\ninstagram:@cara.c');

    fireEvent.click(within(people).getByRole('button', { name: 'Add a contact' }));
    const contact = within(people).getByRole('group', { name: 'Contact 1' });
    type(within(contact).getByLabelText('Name'), 'Dana Reyes');
    type(within(contact).getByLabelText('How to reach'), '+1 555 0100');
    type(within(people).getByLabelText('Influencer threshold (followers)'), '25000');
    fireEvent.click(within(people).getByRole('button', { name: 'Save people' }));
    await within(people).findByText('People saved: 3 VIP handles, 1 escalation contacts.');
    const saved = await readPolicy(db);
    expect(saved.vipHandles).toEqual([
      { network: 'x', handle: 'ann' },
      { network: 'x', handle: 'bo_b' },
      { network: 'instagram', handle: 'cara.c' },
    ]);
    expect(saved.influencerFollowers).toBe(25_000);
    expect(saved.contacts).toEqual([{ name: 'Dana Reyes', role: '', reach: '+1 555 0100' }]);
  });

  it('shows an agent the team’s settings read-only, and follows a change of role', async () => {
    const store = memoryStore({ url: 'https://team.example.com', token: 't', role: 'agent' });
    setup(store);
    const tone = await screen.findByRole('region', { name: 'Tone rules' });
    await within(tone).findByText(/You are connected as an agent/);
    expect(within(tone).queryByRole('button', { name: 'Save tone rules' })).toBeNull();
    // Disabled through its fieldset, which `:disabled` sees and the `disabled` property does not.
    expect(within(region('SLAs')).getByLabelText('Yellow').matches(':disabled')).toBe(true);
    // The team server itself stays editable: an agent may need a new token.
    expect(within(region('Team server')).getByLabelText('Token').matches(':disabled')).toBe(false);

    store.set({ url: 'https://team.example.com', token: 't', role: 'manager' });
    expect(await within(tone).findByRole('button', { name: 'Save tone rules' })).toBeTruthy();
  });

  it('tests the connection with what was typed and keeps it with the role found', async () => {
    const store = memoryStore();
    const fetchImpl = vi.fn((input: RequestInfo | URL) => {
      const health = input instanceof URL && input.pathname === '/healthz';
      return Promise.resolve(new Response(health ? '{}' : '{"error":"Forbidden","message":"Managers only."}', { status: health ? 200 : 403 }));
    });
    setup(store, fetchImpl);
    const team = await screen.findByRole('region', { name: 'Team server' });
    type(within(team).getByLabelText('Server address'), 'http://team.example.com');
    expect(within(team).getByText('Use https:// (plain http only for a server on this computer).')).toBeTruthy();
    fireEvent.click(within(team).getByRole('button', { name: 'Test connection' }));
    expect(await within(team).findByText('Fix the address and token first.')).toBeTruthy();
    expect(fetchImpl).not.toHaveBeenCalled();

    type(within(team).getByLabelText('Server address'), 'https://team.example.com');
    type(within(team).getByLabelText('Token'), 'agent-token');
    fireEvent.click(within(team).getByRole('button', { name: 'Test connection' }));
    expect(await within(team).findByText('Connected as an agent: team settings are read-only')).toBeTruthy();
    expect(await store.read()).toEqual({ url: 'https://team.example.com', token: 'agent-token', role: 'agent' });

    fireEvent.click(within(team).getByRole('button', { name: 'Forget this server' }));
    await within(team).findByText(/^Server forgotten/);
    expect(await store.read()).toBeNull();
  });
});

describe('escalation line in the sidebar', () => {
  const contacts = [
    { name: 'Dana Reyes', role: 'Legal', reach: '#legal-urgent', hours: '9–17' },
    { name: 'Sam', role: '', reach: '+1 555 0100' },
    { name: 'Lee', role: 'PR', reach: 'lee@example.com' },
  ];

  it('names the first contacts on Red and Orange posts only', () => {
    const { container, rerender } = render(<EscalationLine code="red" contacts={contacts} />);
    expect(container.textContent).toBe('Escalate to Dana Reyes (Legal, #legal-urgent, 9–17); Sam (+1 555 0100) (+1 more)');
    rerender(<EscalationLine code="orange" contacts={contacts.slice(0, 1)} />);
    expect(container.textContent).toBe('Escalate to Dana Reyes (Legal, #legal-urgent, 9–17)');
    rerender(<EscalationLine code="yellow" contacts={contacts} />);
    expect(container.textContent).toBe('');
    rerender(<EscalationLine code="red" contacts={[]} />);
    expect(container.textContent).toBe('');
  });
});
