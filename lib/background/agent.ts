import { browser } from 'wxt/browser';
import { z } from 'zod';

const KEY = 'agent';
const agentSchema = z.object({ id: z.uuid() });

/**
 * This browser's agent id: the author of its notes and the assignee of its reminders until a
 * team server says who the agent is (the server sets `authorId` from the token anyway).
 */
export async function agentId(): Promise<string> {
  const stored = agentSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  if (stored.success) return stored.data.id;
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [KEY]: { id } });
  return id;
}
