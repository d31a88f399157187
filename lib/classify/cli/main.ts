import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { policySchema, type Policy } from '../../sync/records';
import { createDefaultEngine, type Classified, type Engine, type EngineOptions } from '../engine';
import { defaultPolicy } from '../policy';
import { PostFileError, readPosts, type ReadResult } from './read-posts';
import { formatSummary } from './summary';

export const USAGE = `Usage: npm run classify -- [options] <file>

Classifies the posts in <file> and writes one JSON line per post to stdout, in order:
id, code, categories, sentiment, intensity, signals, reasons. A summary by code and
category goes to stderr; a malformed row is reported there with its line and skipped.

<file> is CSV with a header and a "text" column (optional: id, author, followers,
created_at), JSON Lines with the same fields, or the tweets.js of an X archive.

Options:
  --no-adapt         keep the sentiment model's training class mix instead of
                     re-estimating it from the file
  --policy <file>    the team policy as JSON (the sync "policy" record); VIP list,
                     influencer threshold, SLAs
  --models <dir>     the trained model files (default: public/models)
  --help             show this text
`;

export interface CliIo {
  readFile(path: string): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Makes the engine; `modelsDir` is the --models flag, when given. */
export type EngineFactory = (options: EngineOptions, modelsDir: string | undefined) => Promise<Engine>;

/** Runs the command line; resolves to the exit code. 2 is a usage or input problem, 1 a failure. */
export async function main(argv: readonly string[], io: CliIo, makeEngine: EngineFactory): Promise<number> {
  const args = parseArguments(argv);
  if ('error' in args) {
    io.stderr(`${args.error}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }

  let policy: Policy;
  let posts: ReadResult;
  try {
    policy = args.policy === undefined ? defaultPolicy() : await readPolicy(io, args.policy);
    posts = await readPostsFile(io, args.file);
  } catch (error) {
    io.stderr(`${messageOf(error)}\n`);
    return 2;
  }
  for (const { line, message } of posts.errors) io.stderr(`line ${line}: ${message}\n`);

  let engine: Engine;
  try {
    engine = await makeEngine({ policy, adapt: args.adapt }, args.models);
  } catch (error) {
    io.stderr(`cannot start the classifier: ${messageOf(error)}\n`);
    return 1;
  }
  const { results, adaptation } = engine.classifyBatch(posts.posts.map(({ post }) => post));
  io.stdout(results.map((result) => `${JSON.stringify(outputLine(result))}\n`).join(''));
  io.stderr(`\n${formatSummary({ results, skipped: posts.errors.length, adaptation })}`);
  return 0;
}

/** The fields the issue lists, in its order; the sentiment score to three places is all anyone reads. */
function outputLine({ id, code, categories, sentiment, intensity, signals, reasons }: Classified) {
  return { id, code, categories, sentiment: { label: sentiment.label, score: Math.round(sentiment.score * 1000) / 1000 }, intensity, signals, reasons };
}

type Arguments = { file: string; adapt: boolean; policy?: string; models?: string; help: false } | { help: true } | { error: string };

function parseArguments(argv: readonly string[]): Arguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { 'no-adapt': { type: 'boolean' }, policy: { type: 'string' }, models: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return { error: messageOf(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  if (positionals.length !== 1) return { error: positionals.length === 0 ? 'no file given' : `one file at a time, got ${positionals.length}` };
  return { file: positionals[0] ?? '', adapt: values['no-adapt'] !== true, policy: values.policy, models: values.models, help: false };
}

async function readPostsFile(io: CliIo, path: string): Promise<ReadResult> {
  const text = await io.readFile(path);
  try {
    return readPosts(text);
  } catch (error) {
    throw error instanceof PostFileError ? new PostFileError(`${path}: ${error.message}`) : error;
  }
}

async function readPolicy(io: CliIo, path: string): Promise<Policy> {
  let json: unknown;
  try {
    json = JSON.parse(await io.readFile(path));
  } catch (error) {
    throw new PostFileError(`policy ${path}: ${messageOf(error)}`);
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) throw new PostFileError(`policy ${path}: ${z.prettifyError(parsed.error).replaceAll('\n', '; ')}`);
  return parsed.data;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The real thing, for `scripts/classify.mjs`: files from disk, the trained models from --models or `defaultModelsDir`. */
export async function run(argv: readonly string[], defaultModelsDir: string): Promise<number> {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const io: CliIo = {
    readFile: (path) => readFile(resolve(cwd, path), 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
  return main(argv, io, (options, modelsDir) => {
    const dir = modelsDir === undefined ? defaultModelsDir : resolve(cwd, modelsDir);
    return createDefaultEngine(async (fileName) => JSON.parse(await readFile(join(dir, fileName), 'utf8')) as unknown, options);
  });
}
