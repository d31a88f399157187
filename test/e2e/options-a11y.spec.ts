import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';

async function openOptions(page: Page, workerUrl: string): Promise<void> {
  await page.goto(new URL('/options.html', workerUrl).href);
  await expect(page.getByRole('heading', { name: 'Tone rules' })).toBeVisible();
}

/** Violations as short lines, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary ?? v.help}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the options page passes axe-core in ${colorScheme} mode, rows, errors and messages included`, async ({ page, worker }) => {
    await page.emulateMedia({ colorScheme });
    await openOptions(page, worker.url());
    for (const name of ['Your data', 'You', 'Tone rules', 'SLAs', 'People', 'Team server']) {
      await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
    }
    expect(await violations(page)).toEqual([]);

    // The same with rows added and a message beside a field.
    await page.getByRole('button', { name: 'Add a phrase' }).click();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await page.getByRole('region', { name: 'SLAs' }).getByLabel('Red', { exact: true }).fill('soon');
    await page.getByRole('region', { name: 'Tone rules' }).getByRole('button', { name: 'Save tone rules' }).click();
    await expect(page.getByText('Type the phrase to avoid, or remove this row.')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('the policy sections work by keyboard alone', async ({ page, worker }) => {
  await openOptions(page, worker.url());
  const tone = page.getByRole('region', { name: 'Tone rules' });
  await tone.getByRole('button', { name: 'Add a phrase' }).focus();
  await page.keyboard.press('Enter');
  const row = tone.getByRole('group', { name: 'Phrase to avoid 1' });
  await expect(row.getByLabel('Phrase', { exact: true })).toBeFocused();
  await page.keyboard.type('calm down');
  await page.keyboard.press('Tab');
  await page.keyboard.type('I understand');
  await page.keyboard.press('Tab');
  await page.keyboard.type('talks down');
  // Voice by arrow keys in its radio group.
  await tone.getByRole('radio', { name: 'Casual' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(tone.getByRole('radio', { name: 'Formal' })).toBeChecked();
  // A built-in check off with the space bar.
  await tone.getByRole('checkbox', { name: 'Shouting in capitals' }).focus();
  await page.keyboard.press('Space');
  await tone.getByRole('button', { name: 'Save tone rules' }).focus();
  await page.keyboard.press('Enter');
  await expect(tone.getByRole('status')).toHaveText(/^Tone rules saved/);

  await page.reload();
  const saved = page.getByRole('region', { name: 'Tone rules' });
  await expect(saved.getByRole('group', { name: 'Phrase to avoid 1' }).getByLabel('Replacement (optional)')).toHaveValue('I understand');
  await expect(saved.getByRole('radio', { name: 'Formal' })).toBeChecked();
  await expect(saved.getByRole('checkbox', { name: 'Shouting in capitals' })).not.toBeChecked();

  // Removing a row hands focus back to "Add a phrase", not to the top of the page.
  await saved.getByRole('button', { name: 'Remove phrase to avoid 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(saved.getByRole('button', { name: 'Add a phrase' })).toBeFocused();
});
