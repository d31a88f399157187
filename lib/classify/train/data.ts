import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { SentimentLabel } from '../types';

/**
 * Readers for the labeled data in `../shared/data/` (see its README). The files are read where they
 * are and nothing of them is written anywhere: only the trained weights leave the training run.
 */

export interface Example<L> {
  text: string;
  label: L;
}

export const SENTIMENT_TEST_FILE = 'twitter-2016test-A.tsv';

/** The escapes and entities the exported tweets carry, which real posts on a page do not. */
function cleanTweet(raw: string): string {
  let text = raw.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  text = text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  if (text.startsWith('"')) text = text.slice(1);
  if (text.endsWith('"')) text = text.slice(0, -1);
  return text.trim();
}

function lines(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((line) => line.trim() !== '');
}

function parallelLines(path: string): string[] {
  const all = readFileSync(path, 'utf8').split('\n');
  return all.at(-1) === '' ? all.slice(0, -1) : all;
}

export interface SemevalRow extends Example<SentimentLabel> {
  id: string;
  /** The file it came from, so a validation split can take whole years. */
  file: string;
}

function readSemevalFile(dir: string, file: string): SemevalRow[] {
  const rows: SemevalRow[] = [];
  for (const line of lines(join(dir, file))) {
    const [id = '', label = '', text = ''] = line.split('\t');
    if (label === 'negative' || label === 'neutral' || label === 'positive') rows.push({ id, label, text: cleanTweet(text), file });
  }
  return rows;
}

/**
 * The SemEval pool split in two: the 2016 test set, never trained or tuned on, and everything else
 * (first occurrence of an id kept), minus any tweet whose id or text is also in the test set.
 */
export function readSemeval(dataDir: string): { train: SemevalRow[]; test: SemevalRow[] } {
  const dir = join(dataDir, 'semeval2017-train');
  const test = dedupe(readSemevalFile(dir, SENTIMENT_TEST_FILE));
  const testIds = new Set(test.map((row) => row.id));
  const testTexts = new Set(test.map((row) => row.text));
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('-A.tsv') && name !== SENTIMENT_TEST_FILE)
    .sort();
  const pool = dedupe(files.flatMap((name) => readSemevalFile(dir, name)));
  const train = pool.filter((row) => !testIds.has(row.id) && !testTexts.has(row.text));
  return { train, test };
}

function dedupe<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => !seen.has(row.id) && seen.add(row.id));
}

/** One TweetEval task split: texts and labels in parallel files, labels as class numbers. */
export function readTweetEval(dataDir: string, task: string, split: 'train' | 'val'): Example<number>[] {
  const dir = join(dataDir, 'tweeteval', task);
  // Line for line, blank texts included: a few tweets were emptied upstream but keep their label line.
  const texts = parallelLines(join(dir, `${split}_text.txt`));
  const labels = parallelLines(join(dir, `${split}_labels.txt`));
  if (texts.length !== labels.length) throw new Error(`tweeteval/${task}/${split}: ${texts.length} texts, ${labels.length} labels`);
  return texts.flatMap((text, i) => (text.trim() === '' ? [] : [{ text: cleanTweet(text), label: Number(labels[i]) }]));
}

/** Davidson et al.: class 0 hate speech, 1 offensive, 2 neither. */
export function readDavidson(dataDir: string): Example<number>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'davidson', 'labeled_data.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => ({ text: cleanTweet(row.tweet ?? ''), label: Number(row.class) }));
}

export function readSmsSpam(dataDir: string): Example<boolean>[] {
  return lines(join(dataDir, 'sms-spam', 'SMSSpamCollection')).map((line) => {
    const tab = line.indexOf('\t');
    return { text: line.slice(tab + 1).trim(), label: line.slice(0, tab) === 'spam' };
  });
}

export interface BitextRow {
  text: string;
  intent: string;
  /** Bitext's language-variation flags; W marks offensive wording. */
  flags: string;
}

export function readBitext(dataDir: string): BitextRow[] {
  const dir = join(dataDir, 'bitext');
  const file = readdirSync(dir).find((name) => name.endsWith('.csv'));
  if (file === undefined) throw new Error('no bitext CSV');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data.map((row) => ({ text: (row.instruction ?? '').trim(), intent: row.intent ?? '', flags: row.tags ?? '' }));
}
