import { z } from 'zod';
import { describeError } from '../db/storage-errors';
import { envelopeSchema, isMessageName, protocol, type MessageName, type MessageRequest, type MessageResponse, type Reply } from './protocol';

/** Where a message came from, for the few handlers that act on the sender's tab. */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

export type Handlers = {
  [N in MessageName]: (payload: MessageRequest<N>, sender: Sender) => Promise<MessageResponse<N>>;
};

/**
 * Turns a map of handlers into one `runtime.onMessage` listener body: the message is parsed
 * before any handler sees it, and every failure comes back as `{ ok: false }` instead of an
 * unhandled rejection in the worker.
 */
export function createMessageServer(handlers: Handlers): (message: unknown, sender?: Sender) => Promise<Reply> {
  return async (message, sender = {}) => {
    const envelope = envelopeSchema.safeParse(message);
    if (!envelope.success) return { ok: false, error: 'Not a Carebar message.' };
    const { name, payload } = envelope.data;
    if (!isMessageName(name)) return { ok: false, error: `Unknown message "${name}".` };
    return dispatch(name, payload, sender, handlers);
  };
}

async function dispatch(name: MessageName, payload: unknown, sender: Sender, handlers: Handlers): Promise<Reply> {
  const request = protocol[name].request.safeParse(payload);
  if (!request.success) {
    return { ok: false, error: `Invalid "${name}" message: ${z.prettifyError(request.error)}` };
  }
  try {
    // The schema just parsed the payload for this very name, so the handler's type holds.
    const handler = handlers[name] as (p: unknown, s: Sender) => Promise<unknown>;
    return { ok: true, result: await handler(request.data, sender) };
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}
