#!/usr/bin/env node
// Classifies a file of posts: `npm run classify -- <file>` (see --help), with the trained
// models in public/models/.
import { join } from 'node:path';
import { importBundled, root } from './lib/run-bundled.mjs';

const { run } = await importBundled('lib/classify/cli/main.ts', 'classify');
// exitCode, not exit(): stdout may still be draining into a pipe.
process.exitCode = await run(process.argv.slice(2), join(root, 'public/models'));
