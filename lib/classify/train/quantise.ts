import { MODEL_FORMAT, type ModelFile, type ModelName } from '../model';
import type { TrainedLinear } from './logreg';

/** Most weights sit far below the largest, so 8 bits of a shared scale keep them well apart. */
const INT8_MAX = 127;
/** Biases and the scale are stored to this many significant digits: more is noise in a JSON file. */
const DIGITS = 7;

function round(value: number): number {
  return Number(value.toPrecision(DIGITS));
}

export interface ModelFileParts {
  name: ModelName;
  labels: string[];
  model: TrainedLinear;
  /** Encoded lexicon (`lexicon-file.ts`), for the sentiment model only. */
  lexicon?: string;
  alerts?: ModelFile['alerts'];
  trained: Record<string, string | number>;
}

/** The model as its file: weights as int8 on one scale, in base64, bucket-major as the scorer reads them. */
export function toModelFile({ name, labels, model, lexicon, alerts, trained }: ModelFileParts): ModelFile {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = round(largest > 0 ? largest / INT8_MAX : 1);
  let binary = '';
  for (const weight of model.weights) binary += String.fromCharCode(Math.max(-INT8_MAX, Math.min(INT8_MAX, Math.round(weight / scale))) & 0xff);
  return {
    format: MODEL_FORMAT,
    name,
    labels,
    bits: model.bits,
    scale,
    bias: Array.from(model.bias, round),
    weights: btoa(binary),
    ...(lexicon === undefined ? {} : { lexicon }),
    ...(alerts === undefined ? {} : { alerts }),
    trained,
  };
}
