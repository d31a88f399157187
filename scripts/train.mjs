#!/usr/bin/env node
// Trains the models: `npm run train [-- --seed <n>]`. The training code is TypeScript shared with
// the extension (tokenizer, features, file format), so this bundles it with esbuild into
// node_modules/.cache and runs it; it reads ../shared/data/ and writes public/models/.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules, so the bundle's bare imports (zod, papaparse, vader-sentiment) resolve.
const compiled = join(root, 'node_modules/.cache/carebar-train/main.mjs');
await build({
  entryPoints: [join(root, 'lib/classify/train/main.ts')],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: compiled,
  logLevel: 'warning',
});
const { run } = await import(pathToFileURL(compiled).href);
process.exitCode = await run(process.argv.slice(2), root);
