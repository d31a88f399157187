import { z } from 'zod';

/**
 * Inserting into a compose box from the page's own world, for Firefox: there the content
 * script's world is a separate compartment, and the DataTransfer or event objects it makes are
 * unreadable to the editor's handlers, so the paste and beforeinput ways in fail. A small script
 * in the page's world (entrypoints/compose-main-world.ts) runs the same `insertText` for us.
 *
 * The two talk with events on that script's element, and only in strings: an object made in one
 * compartment cannot be read from the other. The page can see these events and the marked box,
 * and can fake either side. Nothing crosses that the page could not do itself (the text is the
 * reply the agent chose to put into the page's own box), and a faked answer only changes what
 * the panel says about the insertion, which the agent sees in the box anyway.
 */

export const INSERT_EVENT = 'carebar:insert';
export const INSERTED_EVENT = 'carebar:inserted';
/** Names the box to the page's world: an element cannot travel inside an event between compartments, a selector can. */
export const BOX_ATTRIBUTE = 'data-carebar-insert';
/** Put on its element by the page-world script once it listens; missing when the page's CSP blocked it. */
export const READY_ATTRIBUTE = 'data-carebar-ready';

/** The longest insertion: `insertText` waits at most about a second per way in, and tries three. */
const ANSWER_TIMEOUT_MS = 5_000;

export const insertRequestSchema = z.object({ id: z.string().min(1).max(64), text: z.string() });
const insertAnswerSchema = z.object({ id: z.string(), ok: z.boolean() });

export type Inserter = (box: HTMLElement, text: string) => Promise<boolean>;

/** The JSON string an event carries, checked against `schema`; null for anything else. */
export function readEventDetail<T>(schema: z.ZodType<T>, event: Event): T | null {
  const detail: unknown = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return null;
  let json: unknown;
  try {
    json = JSON.parse(detail);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export interface PageWorldOptions {
  /** Inserts instead when the page-world script did not start (failed to load, or blocked by the page). */
  fallback: Inserter;
  timeoutMs?: number;
}

/**
 * An inserter that hands each insertion to the page-world script, loaded by `loadScript` on the
 * first insertion and kept for the tab's life. Resolves false when that script says it could not
 * insert, or does not answer in time.
 */
export function createPageWorldInserter(loadScript: () => Promise<HTMLScriptElement>, options: PageWorldOptions): Inserter {
  const { fallback, timeoutMs = ANSWER_TIMEOUT_MS } = options;
  let script: Promise<HTMLScriptElement | null> | null = null;
  const listening = () =>
    (script ??= loadScript().then(
      (element) => (element.hasAttribute(READY_ATTRIBUTE) ? element : null),
      () => null,
    ));
  return async (box, text) => {
    const element = await listening();
    // Nothing went to the page's world, so the content script's own try cannot double the text.
    if (!element) return fallback(box, text);
    return askPageWorld(element, box, text, timeoutMs);
  };
}

function askPageWorld(script: HTMLScriptElement, box: HTMLElement, text: string, timeoutMs: number): Promise<boolean> {
  const id = crypto.randomUUID();
  return new Promise<boolean>((resolve) => {
    const finish = (ok: boolean) => {
      clearTimeout(timer);
      script.removeEventListener(INSERTED_EVENT, onAnswer);
      resolve(ok);
    };
    function onAnswer(event: Event): void {
      const answer = readEventDetail(insertAnswerSchema, event);
      if (answer?.id === id) finish(answer.ok);
    }
    script.addEventListener(INSERTED_EVENT, onAnswer);
    const timer = setTimeout(() => finish(false), timeoutMs);
    box.setAttribute(BOX_ATTRIBUTE, id);
    script.dispatchEvent(new CustomEvent(INSERT_EVENT, { detail: JSON.stringify({ id, text }) }));
    // The page-world script looks the box up while the event is dispatched; after that the mark
    // would only tell the page more than it needs.
    box.removeAttribute(BOX_ATTRIBUTE);
  });
}
