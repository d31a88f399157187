#!/usr/bin/env node
// Trains the models: `npm run train [-- --seed <n>]`. It reads ../shared/data/ and writes
// public/models/.
import { importBundled, root } from './lib/run-bundled.mjs';

const { run } = await importBundled('lib/classify/train/main.ts', 'train');
process.exitCode = await run(process.argv.slice(2), root);
