/**
 * What to tell the agent when a write fails. A full disk is the one failure they can act on,
 * so it is named; Dexie reports it as its own error or wraps the browser's.
 */
export function describeError(error: unknown): string {
  if (isQuotaError(error)) return 'The disk is full: Carebar could not save this. Free some space and try again.';
  return error instanceof Error ? error.message : String(error);
}

function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError') return true;
  const inner = (error as { inner?: unknown }).inner;
  return inner !== error && isQuotaError(inner);
}
