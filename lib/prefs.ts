import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * The agent's own interface choices, kept in `storage.local` so every tab and the background
 * see the same value and hear when it changes.
 */
const prefsSchema = z.object({
  sidebarOpen: z.boolean().catch(true),
});
export type Prefs = z.infer<typeof prefsSchema>;

const KEY = 'prefs';

export function parsePrefs(raw: unknown): Prefs {
  return prefsSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
}

export async function readPrefs(): Promise<Prefs> {
  const stored = await browser.storage.local.get(KEY);
  return parsePrefs(stored[KEY]);
}

export async function updatePrefs(change: (prefs: Prefs) => Partial<Prefs>): Promise<Prefs> {
  const current = await readPrefs();
  const next = { ...current, ...change(current) };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new prefs whenever any context changes them. */
export function watchPrefs(listener: (prefs: Prefs) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) listener(parsePrefs(change.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
