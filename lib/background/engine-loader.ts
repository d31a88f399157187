import { browser } from 'wxt/browser';
import { createDefaultEngine, type Engine } from '../classify/engine';
import { fetchModelFile } from '../classify/model';
import type { CarebarDatabase } from '../db/database';
import { readPolicy } from '../db/policy';
import type { Policy } from '../sync/records';
import { Adaptation, TRAINING_PRIORS } from './adaptation';

export interface LoadedEngine {
  engine: Engine;
  adaptation: Adaptation;
}

const ADAPTATION_KEY = 'triageAdaptation';

/** The engine as triage asks for it, and the way a saved policy reaches it. */
export interface EngineSource {
  (): Promise<LoadedEngine>;
  /**
   * Builds the engine again for a new policy, keeping the class-mix adaptation. Callers see a
   * different `engine` object from then on, which is how triage knows its cached codes and
   * deadlines are stale.
   */
  usePolicy(policy: Policy): void;
}

/**
 * The triage engine, built on first use: the models are fetched from the extension's own files
 * only when a post first needs a code. A failed load is retried on the next call.
 */
export function lazyEngine(db: CarebarDatabase): EngineSource {
  let pending: Promise<LoadedEngine> | undefined;
  const retryOnFailure = (loading: Promise<LoadedEngine>): Promise<LoadedEngine> => {
    const guarded = loading.catch((error: unknown) => {
      if (pending === guarded) pending = undefined;
      throw error;
    });
    return guarded;
  };
  const source = () => (pending ??= retryOnFailure(buildEngine(db)));
  source.usePolicy = (policy: Policy) => {
    // Not built yet: the first build reads the policy just saved.
    if (pending === undefined) return;
    pending = retryOnFailure(pending.then(({ adaptation }) => engineFor(policy, adaptation)));
    // A failure shows on the next triage request, which then builds afresh.
    pending.catch(() => undefined);
  };
  return source;
}

async function buildEngine(db: CarebarDatabase): Promise<LoadedEngine> {
  const [policy, adaptation] = await Promise.all([
    readPolicy(db),
    Adaptation.open({
      load: async () => (await browser.storage.local.get(ADAPTATION_KEY))[ADAPTATION_KEY],
      save: (state) => browser.storage.local.set({ [ADAPTATION_KEY]: state }),
    }),
  ]);
  return engineFor(policy, adaptation);
}

/** The models come from the extension's own files, so reading them again for a new policy is cheap. */
async function engineFor(policy: Policy, adaptation: Adaptation): Promise<LoadedEngine> {
  const engine = await createDefaultEngine(fetchModelFile(new URL('models/', browser.runtime.getURL('/')).href), {
    policy,
    adapt: true,
    trainingPriors: TRAINING_PRIORS,
    tracker: adaptation.tracker,
  });
  return { engine, adaptation };
}
