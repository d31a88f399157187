import { browser } from 'wxt/browser';
import { z } from 'zod';

const KEY = 'agentName';
export const MAX_AGENT_NAME = 60;

/** The agent's name as replies sign it ({agent}); empty until they set it on the options page. */
export const agentNameSchema = z.string().trim().max(MAX_AGENT_NAME);

export async function readAgentName(): Promise<string> {
  const stored = agentNameSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return stored.success ? stored.data : '';
}

/** Saves the name and returns it as stored (trimmed); rejects a name that is too long. */
export async function saveAgentName(name: string): Promise<string> {
  const parsed = agentNameSchema.safeParse(name);
  if (!parsed.success) throw new Error(`A name of at most ${MAX_AGENT_NAME} characters, please.`);
  await browser.storage.local.set({ [KEY]: parsed.data });
  return parsed.data;
}
