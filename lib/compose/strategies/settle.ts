/** Lets the page run: editors commit in microtasks (Lexical, React) and selection events are tasks. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Reads `read()` until it differs from `before` (or `patienceMs` pass) and then until two reads in a
 * row agree, so an editor that commits in steps is read once it is done. Null when `box` left
 * the document meanwhile.
 */
/** A task later, the box's reading, or null once it has left the document. */
async function readLater(box: Node, read: () => string): Promise<string | null> {
  await nextTask();
  return box.isConnected ? read() : null;
}

export async function readWhenSettled(box: Node, read: () => string, before: string, patienceMs: number): Promise<string | null> {
  const deadline = Date.now() + patienceMs;
  let text: string | null;
  do {
    text = await readLater(box, read);
  } while (text === before && Date.now() < deadline);
  if (text === null || text === before) return text;
  for (let reads = 0; reads < 10; reads += 1) {
    const again = await readLater(box, read);
    if (again === null || again === text) return again;
    text = again;
  }
  return text;
}
