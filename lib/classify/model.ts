import { z } from 'zod';
import { extractFeatures, type FeatureVector, type Lexicon } from './features';
import { decodeLexicon, lexiconEntryCount } from './lexicon-file';
import { tokenize, type Tokenized } from './tokenize';
import type { ModelScores } from './types';

/**
 * The trained linear models and their file format. A file is JSON: a small header and the weights
 * as int8 in base64 (one scale per model), which keeps all four models a few hundred KB. The
 * training script (`scripts/train.mjs`) writes them to `public/models/`, which WXT copies to the
 * extension's root, so the extension fetches `/models/<name>.json` and Node reads the same files.
 */

export const MODEL_NAMES = ['sentiment', 'offensive', 'hate', 'spam'] as const;
export type ModelName = (typeof MODEL_NAMES)[number];

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;

export const MODEL_FORMAT = 'carebar-linear-1';

const MAX_BITS = 20;

export const modelFileSchema = z
  .object({
    format: z.literal(MODEL_FORMAT),
    name: z.enum(MODEL_NAMES),
    /** Class names; two classes have one row of weights (the second class's logit). */
    labels: z.array(z.string().min(1)).min(2),
    /** The model keeps this many top bits of a feature hash as its bucket. */
    bits: z.int().min(4).max(MAX_BITS),
    /** A stored weight w means w × scale. */
    scale: z.number().positive(),
    bias: z.array(z.number()),
    weights: z.base64(),
    /**
     * The hashed word valences the polarity features read (`lexicon-file.ts`). Only the sentiment
     * file carries it, but one feature vector serves all four models, so all four were trained
     * with it and all four are scored with it.
     */
    lexicon: z.base64().optional(),
    /**
     * For a yes/no model, the probabilities from which the triage rules act on its yes: `red`
     * for Red, `flag` (offensive only) for a rude-language flag. Benchmarks reward a model that
     * says yes to a third of their texts; in a brand's mentions hate or spam is a few in a
     * thousand, so the training run sets these where only that share of everyday tweets reach.
     */
    alerts: z.strictObject({ red: z.number().min(0).max(1), flag: z.number().min(0).max(1).optional() }).optional(),
    /** How the file was made and what it scored; shown, never read by the scorer. */
    trained: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .check((ctx) => {
    const file = ctx.value;
    const rows = rowCount(file.labels.length);
    if (file.bias.length !== rows) ctx.issues.push({ code: 'custom', message: `bias needs ${rows} values`, input: file.bias });
    const bytes = base64Bytes(file.weights);
    if (bytes !== rows << file.bits) {
      ctx.issues.push({ code: 'custom', message: `weights need ${rows << file.bits} bytes, have ${bytes}`, input: file.weights });
    }
    if (file.lexicon !== undefined && !Number.isInteger(lexiconEntryCount(file.lexicon))) {
      ctx.issues.push({ code: 'custom', message: 'lexicon needs five bytes an entry', input: file.lexicon });
    }
    if (file.alerts !== undefined && file.name === 'sentiment') {
      ctx.issues.push({ code: 'custom', message: 'alerts are for the yes/no models', input: file.alerts });
    }
    if (file.lexicon !== undefined && file.name !== 'sentiment') {
      ctx.issues.push({ code: 'custom', message: 'only the sentiment model carries the lexicon', input: file.lexicon });
    }
  });

export type ModelFile = z.infer<typeof modelFileSchema>;

export interface LinearModel {
  name: ModelName;
  labels: string[];
  rows: number;
  bits: number;
  scale: number;
  bias: number[];
  /** Bucket-major: the rows of one bucket sit together, as scoring reads them. */
  weights: Int8Array;
  lexicon?: Lexicon;
  alerts?: { red: number; flag?: number };
}

export type Models = Record<ModelName, LinearModel>;

function rowCount(labels: number): number {
  return labels === 2 ? 1 : labels;
}

function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Checks a parsed model file and unpacks its weights; both loaders go through here. */
export function parseModel(raw: unknown): LinearModel {
  const file = modelFileSchema.parse(raw);
  const binary = atob(file.weights);
  const weights = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) weights[i] = binary.charCodeAt(i) << 24 >> 24;
  const model: LinearModel = { name: file.name, labels: file.labels, rows: rowCount(file.labels.length), bits: file.bits, scale: file.scale, bias: file.bias, weights };
  if (file.lexicon !== undefined) model.lexicon = decodeLexicon(file.lexicon);
  if (file.alerts !== undefined) model.alerts = file.alerts;
  return model;
}

/** Reads one model file by name ("sentiment.json") and returns its parsed JSON. */
export type ReadModelFile = (fileName: string) => Promise<unknown>;

export function modelFileName(name: ModelName): string {
  return `${name}.json`;
}

export async function loadModels(read: ReadModelFile): Promise<Models> {
  const loaded = await Promise.all(MODEL_NAMES.map(async (name) => parseModel(await read(modelFileName(name)))));
  const models: Partial<Models> = {};
  for (const model of loaded) models[model.name] = model;
  for (const name of MODEL_NAMES) {
    if (models[name]?.name !== name) throw new Error(`model file ${modelFileName(name)} holds no ${name} model`);
  }
  return models as Models;
}

/**
 * Loads the models on first use and keeps them: nothing is fetched until a post needs scoring,
 * so the page's start-up never waits for half a megabyte of weights. A failed load is retried on
 * the next call rather than remembered.
 */
export function lazyModels(read: ReadModelFile): () => Promise<Models> {
  let pending: Promise<Models> | undefined;
  return () => {
    pending ??= loadModels(read).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

/** For the extension: `fetchModelFile(browser.runtime.getURL('/models/'))`. */
export function fetchModelFile(baseUrl: string): ReadModelFile {
  return async (fileName) => {
    const response = await fetch(new URL(fileName, baseUrl));
    if (!response.ok) throw new Error(`model file ${fileName}: HTTP ${response.status}`);
    return (await response.json()) as unknown;
  };
}

/** Raw scores (logits), one per row. */
export function logits(model: LinearModel, features: FeatureVector): Float64Array {
  const out = Float64Array.from(model.bias);
  addLogits(model, features, out);
  return out;
}

/** Adds the weighted features to `out`, which holds the bias: the scoring loop, free of allocation. */
function addLogits(model: LinearModel, features: FeatureVector, out: Float64Array): void {
  const { rows, weights, scale } = model;
  const { hashes, values, length } = features;
  const shift = 32 - model.bits;
  for (let f = 0; f < length; f++) {
    const base = ((hashes[f] as number) >>> shift) * rows;
    const value = (values[f] as number) * scale;
    for (let r = 0; r < rows; r++) out[r] = (out[r] as number) + (weights[base + r] as number) * value;
  }
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** A binary model's probability for its second label ("offensive", "spam"). */
export function probability(model: LinearModel, features: FeatureVector): number {
  return sigmoid(logits(model, features)[0] ?? 0);
}

export function scoreFeatures(models: Models, features: FeatureVector): ModelScores {
  const { sentiment, offensive, hate, spam } = allLogits(models, features);
  const max = Math.max(sentiment[0] ?? 0, sentiment[1] ?? 0, sentiment[2] ?? 0);
  const negative = Math.exp((sentiment[0] ?? 0) - max);
  const neutral = Math.exp((sentiment[1] ?? 0) - max);
  const positive = Math.exp((sentiment[2] ?? 0) - max);
  const sum = negative + neutral + positive;
  return {
    sentiment: { negative: negative / sum, neutral: neutral / sum, positive: positive / sum },
    offensive: sigmoid(offensive),
    hate: sigmoid(hate),
    spam: sigmoid(spam),
  };
}

/**
 * What `logits` gives for each model (the binary ones' single row), in one pass over the
 * features rather than four: with a few hundred features a post, reading each hash and value
 * once is most of the saving. Each sum adds the same products in the same order as `logits`.
 */
function allLogits(models: Models, features: FeatureVector): { sentiment: Float64Array; offensive: number; hate: number; spam: number } {
  const { sentiment: s, offensive: o, hate: h, spam: p } = models;
  const { hashes, values, length } = features;
  const sentiment = Float64Array.from(s.bias);
  let offensive = o.bias[0] ?? 0;
  let hate = h.bias[0] ?? 0;
  let spam = p.bias[0] ?? 0;
  // Locals, not properties read in the loop: this is the hottest loop of the pipeline.
  const [sWeights, oWeights, hWeights, pWeights] = [s.weights, o.weights, h.weights, p.weights];
  const [sShift, oShift, hShift, pShift] = [32 - s.bits, 32 - o.bits, 32 - h.bits, 32 - p.bits];
  const [sScale, oScale, hScale, pScale] = [s.scale, o.scale, h.scale, p.scale];
  const [sRows, oRows, hRows, pRows] = [s.rows, o.rows, h.rows, p.rows];
  for (let f = 0; f < length; f++) {
    const hash = hashes[f] as number;
    const value = values[f] as number;
    const base = (hash >>> sShift) * sRows;
    const scaled = value * sScale;
    for (let r = 0; r < sRows; r++) sentiment[r] = (sentiment[r] as number) + (sWeights[base + r] as number) * scaled;
    offensive += (oWeights[(hash >>> oShift) * oRows] as number) * (value * oScale);
    hate += (hWeights[(hash >>> hShift) * hRows] as number) * (value * hScale);
    spam += (pWeights[(hash >>> pShift) * pRows] as number) * (value * pScale);
  }
  return { sentiment, offensive, hate, spam };
}

/** Scores from already tokenised text, for callers that also read the tokens (language, intensity). */
export function scoreTokens(models: Models, tokenized: Tokenized): ModelScores {
  return scoreFeatures(models, modelFeatures(models, tokenized));
}

/** The features all four models were trained on: the same extraction, with the lexicon the sentiment file ships. */
export function modelFeatures(models: Pick<Models, 'sentiment'>, tokenized: Tokenized): FeatureVector {
  return extractFeatures(tokenized, models.sentiment.lexicon);
}

/**
 * Each model's decision is folded into its bias at training time: the sentiment label is the most
 * probable one and a binary model says yes above 0.5.
 */
export function scoreText(models: Models, text: string): ModelScores {
  return scoreTokens(models, tokenize(text));
}
