import { browser } from 'wxt/browser';
import { createDefaultEngine, type Engine } from '../classify/engine';
import { fetchModelFile } from '../classify/model';
import { defaultPolicy } from '../classify/policy';
import type { CarebarDatabase } from '../db/database';
import { policySchema, type Policy } from '../sync/records';
import { Adaptation, TRAINING_PRIORS } from './adaptation';

export interface LoadedEngine {
  engine: Engine;
  adaptation: Adaptation;
}

const ADAPTATION_KEY = 'triageAdaptation';

/**
 * The triage engine, built on first use: the models are fetched from the extension's own files
 * only when a post first needs a code. A failed load is retried on the next call.
 */
export function lazyEngine(db: CarebarDatabase): () => Promise<LoadedEngine> {
  let pending: Promise<LoadedEngine> | undefined;
  return () => {
    pending ??= buildEngine(db).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

async function buildEngine(db: CarebarDatabase): Promise<LoadedEngine> {
  const [policy, adaptation] = await Promise.all([
    readPolicy(db),
    Adaptation.open({
      load: async () => (await browser.storage.local.get(ADAPTATION_KEY))[ADAPTATION_KEY],
      save: (state) => browser.storage.local.set({ [ADAPTATION_KEY]: state }),
    }),
  ]);
  const engine = await createDefaultEngine(fetchModelFile(new URL('models/', browser.runtime.getURL('/')).href), {
    policy,
    adapt: true,
    trainingPriors: TRAINING_PRIORS,
    tracker: adaptation.tracker,
  });
  return { engine, adaptation };
}

/** The team's stored policy, or the defaults when there is none or it does not parse. */
async function readPolicy(db: CarebarDatabase): Promise<Policy> {
  const stored = await db.policy.get('team');
  if (!stored || stored.deletedAt !== undefined) return defaultPolicy();
  const { deletedAt, ...record } = stored;
  const parsed = policySchema.safeParse(record);
  return parsed.success ? parsed.data : defaultPolicy();
}
