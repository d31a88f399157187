import { resolve } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { build } from 'esbuild';

/**
 * Project code bundled and minified as the extension ships it, for a page: `source` is a module
 * body of `export … from './…'` lines (paths from the project root), exposed on `window` as
 * `globalName`.
 */
export async function bundleForPage(source: string, globalName: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: resolve('.'), loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no bundle for ${globalName}`);
  return file.text;
}

/**
 * Runs an expression in a page over the DevTools protocol and returns its value, awaited. An
 * extension page's CSP rightly refuses injected script, which is how Playwright would run it.
 */
export async function evaluateInPage(cdp: CDPSession, expression: string): Promise<unknown> {
  const reply = (await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
  return reply.result.value;
}
