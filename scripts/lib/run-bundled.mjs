// The command-line tools (classify, train, bench) are TypeScript shared with the extension:
// each is bundled with esbuild and imported. The bundle goes inside node_modules, so its bare
// imports (zod, papaparse, @playwright/test…) resolve.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles `entry` (relative to the project root) and returns its module. */
export async function importBundled(entry, name) {
  const compiled = join(root, 'node_modules/.cache', `carebar-${name}`, `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: compiled,
    logLevel: 'warning',
  });
  return import(pathToFileURL(compiled).href);
}
