#!/usr/bin/env node
// Classifies a file of posts: `npm run classify -- <file>` (see --help). The classifier is
// TypeScript shared with the extension, so this bundles the command line with esbuild into
// node_modules/.cache and runs it; the models are the trained files in public/models/.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Inside node_modules, so the bundle's bare imports (zod, papaparse, libphonenumber-js) resolve.
const compiled = join(root, 'node_modules/.cache/carebar-classify/main.mjs');
await build({
  entryPoints: [join(root, 'lib/classify/cli/main.ts')],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: compiled,
  logLevel: 'warning',
});
const { run } = await import(pathToFileURL(compiled).href);
// exitCode, not exit(): stdout may still be draining into a pipe.
process.exitCode = await run(process.argv.slice(2), join(root, 'public/models'));
