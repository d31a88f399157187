#!/usr/bin/env node
// Measures Carebar against its performance targets and exits non-zero when one is missed.
// The bench itself is TypeScript (test/bench/) so it shares the e2e harness and the fixture
// generator: this script builds the extension, compiles the bench with esbuild and runs it.
// Pass --no-build to measure the build already in .output/.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

if (!process.argv.includes('--no-build')) {
  console.log('▶ build: npx wxt build');
  const run = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// Inside node_modules, so the compiled bench's bare imports (@playwright/test, esbuild, wxt) resolve.
const compiled = join(root, 'node_modules/.cache/carebar-bench/bench.mjs');
await build({
  entryPoints: ['test/bench/run.ts'],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: compiled,
  logLevel: 'warning',
});
const { runBench } = await import(pathToFileURL(compiled).href);
process.exit(await runBench());
