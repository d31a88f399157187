import { build } from 'esbuild';
import { resolve } from 'node:path';

export const EDITORS = ['draft', 'lexical', 'prosemirror', 'react-textarea', 'contenteditable'] as const;
export type EditorName = (typeof EDITORS)[number];

interface Bundle {
  js: string;
  css: string;
}

async function bundle(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [resolve('test/editors', entry)],
    bundle: true,
    write: false,
    // Not written: only names the outputs (a script, and the editor's own style sheet if it imports one).
    outdir: 'editor-bundle',
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    // Draft.js's helpers read Node's `global`; React picks its build from NODE_ENV.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error(`esbuild wrote nothing for ${entry}`);
  return { js: js.text, css: result.outputFiles.find((file) => file.path.endsWith('.css'))?.text ?? '' };
}

/**
 * The shell every editor page shares: the box comes from the editor's script; around it, fields
 * Carebar must refuse, and a stand-in for Carebar's panel inside a shadow root (where focus goes
 * when the agent clicks a suggestion).
 */
function pageHtml(name: EditorName): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="/${name}.css"></head>
<body>
<input type="password" aria-label="Password" value="hunter2">
<textarea readonly aria-label="Read-only">fixed</textarea>
<textarea disabled aria-label="Disabled">off</textarea>
<input type="number" aria-label="Number" value="4">
<input type="checkbox" aria-label="Checkbox">
<div contenteditable="false" aria-label="Not editable">static</div>
<div id="panel-host"></div>
<script>
  const shadow = document.getElementById('panel-host').attachShadow({ mode: 'open' });
  shadow.innerHTML = '<button type="button">Use this reply</button>';
</script>
<script src="/${name}.js"></script>
</body></html>`;
}

export interface EditorSite {
  /** Path on the test origin to its body and content type. */
  files: Map<string, { body: string; contentType: string }>;
  /** The insertion code as an IIFE that defines `window.carebarCompose`. */
  insertHook: string;
}

export async function buildEditorSite(): Promise<EditorSite> {
  const files = new Map<string, { body: string; contentType: string }>();
  const bundles = await Promise.all(EDITORS.map((name) => bundle(`${name}.ts`)));
  EDITORS.forEach((name, index) => {
    const { js = '', css = '' } = bundles[index] ?? {};
    files.set(`/${name}.html`, { body: pageHtml(name), contentType: 'text/html; charset=utf-8' });
    files.set(`/${name}.js`, { body: js, contentType: 'text/javascript; charset=utf-8' });
    files.set(`/${name}.css`, { body: css, contentType: 'text/css; charset=utf-8' });
  });
  return { files, insertHook: (await bundle('insert-hook.ts')).js };
}
