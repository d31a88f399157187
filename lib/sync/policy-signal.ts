import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * When the team's policy was last saved, in `storage.local`: every tab hears the change through
 * `storage.onChanged` (no tabs permission, no message to each tab) and asks for triage again,
 * so SLA countdowns, VIPs and escalation contacts follow a manager's save at once.
 */
const KEY = 'policySavedAt';
const savedAtSchema = z.number().int().nonnegative();

export async function announcePolicySaved(savedAt: number): Promise<void> {
  await browser.storage.local.set({ [KEY]: savedAt });
}

export function watchPolicySaved(listener: () => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change && savedAtSchema.safeParse(change.newValue).success) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
