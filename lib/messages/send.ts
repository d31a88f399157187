import { browser } from 'wxt/browser';
import { protocol, replySchema, type MessageName, type MessageRequest, type MessageResponse } from './protocol';

/** Sends a typed message to the background and parses its answer; rejects with the handler's error. */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  const raw: unknown = await browser.runtime.sendMessage({ name, payload });
  const reply = replySchema.parse(raw);
  if (!reply.ok) throw new Error(reply.error);
  return protocol[name].response.parse(reply.result) as MessageResponse<N>;
}

/** What UI components are given to talk to the background, so tests can hand them a fake. */
export type SendMessage = typeof sendMessage;
