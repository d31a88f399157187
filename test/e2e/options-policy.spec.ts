import type { BrowserContext, Page, Route, Worker } from '@playwright/test';
import { expect, serveX, sidebar, test } from './harness';
import { homeWith, recentPost, RITA, SAM } from './x-pages';

// The same posts as the triage spec: an outage report is Yellow, a card number in public Red.
const OUTAGE = recentPost(1, RITA, '@AcmeAir_Help your app is down again and I cannot check in for my flight', 7);
const CARD = recentPost(2, SAM, '@AcmeAir_Help you charged my card twice, it is 4111 1111 1111 1111, refund it now', 2);

async function openOptions(context: BrowserContext, worker: Worker): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL('/options.html', worker.url()).href);
  return page;
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name });
}

test('a new Yellow SLA and escalation contacts reach the sidebar without reloading X', async ({ context, page, worker }) => {
  await serveX(context, { '/home': homeWith([OUTAGE, CARD]) });
  await page.goto('https://x.com/home');
  const outage = sidebar(page).locator(`[data-post-id="${OUTAGE.id}"]`);
  const card = sidebar(page).locator(`[data-post-id="${CARD.id}"]`);
  await expect(outage.locator('.badge')).toHaveText('Yellow', { timeout: 30_000 });
  // Default Yellow SLA: 1 h, posted 7 minutes ago.
  await expect(outage.locator('.entry__due')).toHaveText(/^5[23]m$/);
  await expect(card.locator('.badge')).toHaveText('Red');
  await expect(card).not.toContainText('Escalate to');

  const options = await openOptions(context, worker);
  const slas = section(options, 'SLAs');
  const yellow = slas.getByLabel('Yellow', { exact: true });
  await expect(yellow).toHaveValue('60');
  // Checked as typed, the message beside the field; nothing is saved while it stands.
  await yellow.fill('two hours');
  await expect(yellow).toHaveAttribute('aria-invalid', 'true');
  await expect(yellow).toHaveAccessibleDescription('Whole minutes, like 60.');
  await slas.getByRole('button', { name: 'Save SLAs' }).click();
  await expect(slas.getByRole('status')).toHaveText('Not saved: fix the fields marked above.');
  await yellow.fill('120');
  await expect(yellow).not.toHaveAttribute('aria-invalid');
  await slas.getByRole('button', { name: 'Save SLAs' }).click();
  await expect(slas.getByRole('status')).toHaveText(/^SLAs saved/);

  const people = section(options, 'People');
  await people.getByRole('button', { name: 'Add a contact' }).click();
  const contact = people.getByRole('group', { name: 'Contact 1' });
  await expect(contact.getByLabel('Name')).toBeFocused();
  await contact.getByLabel('Name').fill('Dana Reyes');
  await contact.getByLabel('Role (optional)').fill('Legal');
  await contact.getByLabel('How to reach').fill('#legal-urgent');
  await people.getByRole('button', { name: 'Save people' }).click();
  await expect(people.getByRole('status').last()).toHaveText('People saved: 0 VIP handles, 1 escalation contacts.');

  // Two hours from seven minutes ago.
  await expect(outage.locator('.entry__due')).toHaveText(/^1h 5[23]m$/);
  await expect(card.locator('.entry__escalate')).toHaveText('Escalate to Dana Reyes (Legal, #legal-urgent)');
  await expect(outage).not.toContainText('Escalate to');

  // Stored: a new page reads the saved values back.
  await options.reload();
  await expect(section(options, 'SLAs').getByLabel('Yellow', { exact: true })).toHaveValue('120');
});

const SERVER = 'https://team.example.test';
const DOWN = 'https://down.example.test';
const MEMBERS = [{ id: 'm1', name: 'Ana', role: 'manager' }];

/** A team server as `sync-protocol.md` describes it, reached by the options page. */
async function serveTeam(context: BrowserContext): Promise<void> {
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Authorization' };
  const json = (route: Route, status: number, body: unknown) => route.fulfill({ status, contentType: 'application/json', headers: cors, body: JSON.stringify(body) });
  await context.route(`${SERVER}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'OPTIONS') return route.fulfill({ status: 204, headers: { ...cors, 'Access-Control-Allow-Methods': 'GET' } });
    const path = new URL(request.url()).pathname;
    if (path === '/healthz') return json(route, 200, { ok: true });
    if (path !== '/v1/members') return json(route, 404, { error: 'NotFound', message: 'No such route.' });
    const auth = request.headers().authorization;
    if (auth === 'Bearer manager-token-0123456789') return json(route, 200, MEMBERS);
    if (auth === 'Bearer agent-token-0123456789') return json(route, 403, { error: 'Forbidden', message: 'Managers only.' });
    return json(route, 401, { error: 'Unauthorized', message: 'Unknown token.' });
  });
  await context.route(`${DOWN}/**`, (route) => route.abort('connectionrefused'));
}

test('"Test connection" reports a manager, an agent, an unknown token and an unreachable server', async ({ context, worker }) => {
  await serveTeam(context);
  const options = await openOptions(context, worker);
  const team = section(options, 'Team server');
  const status = team.getByRole('status');
  const test = async (url: string, token: string) => {
    await team.getByLabel('Server address').fill(url);
    await team.getByLabel('Token').fill(token);
    await team.getByRole('button', { name: 'Test connection' }).click();
  };

  await team.getByLabel('Server address').fill('ftp://team');
  await expect(team.getByLabel('Server address')).toHaveAccessibleDescription(/starting with https:\/\//);

  await test(SERVER, 'manager-token-0123456789');
  await expect(status).toHaveText('Connected as a manager');
  await expect(section(options, 'Tone rules').getByRole('button', { name: 'Save tone rules' })).toBeVisible();

  await test(SERVER, 'agent-token-0123456789');
  await expect(status).toHaveText('Connected as an agent: team settings are read-only');
  // The team's settings turn read-only at once, with the reason.
  const tone = section(options, 'Tone rules');
  await expect(tone).toContainText('You are connected as an agent');
  await expect(tone.getByRole('button', { name: 'Save tone rules' })).toHaveCount(0);
  await expect(section(options, 'SLAs').getByLabel('Yellow', { exact: true })).toBeDisabled();

  await test(SERVER, 'stolen-token-0123456789');
  await expect(status).toHaveText('The server does not know this token');

  await test(DOWN, 'manager-token-0123456789');
  await expect(status).toHaveText('Could not reach down.example.test: check the address and this computer’s connection.');

  // What was typed last is kept, the role found by the agent's test is not.
  await options.reload();
  await expect(section(options, 'Team server').getByLabel('Server address')).toHaveValue(DOWN);
  await expect(section(options, 'SLAs').getByLabel('Yellow', { exact: true })).toBeEnabled();
});
