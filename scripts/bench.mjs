#!/usr/bin/env node
// Measures Carebar against its performance targets and exits non-zero when one is missed.
// The bench itself is TypeScript (test/bench/) so it shares the e2e harness and the fixture
// generator: this script builds the extension, compiles the bench with esbuild and runs it.
// Pass --no-build to measure the build already in .output/.
import { spawnSync } from 'node:child_process';
import { importBundled, root } from './lib/run-bundled.mjs';

process.chdir(root);

if (!process.argv.includes('--no-build')) {
  console.log('▶ build: npx wxt build');
  const run = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

const { runBench } = await importBundled('test/bench/run.ts', 'bench');
process.exit(await runBench());
