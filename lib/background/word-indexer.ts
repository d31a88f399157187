import type { CarebarDatabase } from '../db/database';
import { indexPendingNotes } from '../db/word-index';

/**
 * Indexes imported notes in the background, one run at a time. Asked while a run is going, it
 * queues one more, so notes imported meanwhile are not left out; asked while one is already
 * queued, that one will do. Started with the worker too, since a worker stopped mid-run leaves
 * notes to finish.
 */
export function createWordIndexer(db: CarebarDatabase, onError: (error: unknown) => void = console.error): () => Promise<void> {
  let last: Promise<void> = Promise.resolve();
  let queued = false;
  return () => {
    if (queued) return last;
    queued = true;
    last = last.then(async () => {
      queued = false;
      try {
        await indexPendingNotes(db);
      } catch (error) {
        onError(error);
      }
    });
    return last;
  };
}
