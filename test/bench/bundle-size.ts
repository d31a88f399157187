import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createLogger } from 'vite';
import { build as buildExtension, type Logger } from 'wxt';
import { EXTENSION_DIR } from '../e2e/harness';
import { sum } from './stats';

export const SIZE_TARGET_BYTES = 60 * 1024;
const CONTENT_SCRIPT = 'x';
/** The script and the stylesheet it loads into its shadow root: both travel with every x.com page. */
const FILES = [`content-scripts/${CONTENT_SCRIPT}.js`, `content-scripts/${CONTENT_SCRIPT}.css`];
/** Loaded into a tab only when an agent first focuses a reply box there: shown, not budgeted. */
const ASSISTANT = 'x-compose.js';
const LARGEST_SHOWN = 4;
const OWN_CODE = 'carebar';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export interface Size {
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface SizeResult {
  files: Size[];
  rawBytes: number;
  gzipBytes: number;
  /** Each package's share of x.js, gzipped on its own (so they add up to more than the whole). */
  largestParts: Size[];
  /** The reply assistant, loaded on first use. */
  assistant: Size;
  targetBytes: number;
  pass: boolean;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

function size(name: string, text: string | Buffer): Size {
  return { name, rawBytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length };
}

/** Errors only: the rebuild's warnings are the same as the main build's, already shown. */
const quietLogger: Logger = {
  debug: () => undefined,
  log: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  success: () => undefined,
  error: (...args: unknown[]) => console.error(...args),
  fatal: (...args: unknown[]) => console.error(...args),
  level: 1,
};

/** The shipped content script carries no source map: rebuild it once with one, to see what is inside. */
async function rebuildWithSourceMap(): Promise<{ code: string; map: SourceMap }> {
  const outDir = mkdtempSync(join(tmpdir(), 'carebar-bench-build-'));
  try {
    await buildExtension({
      outDir,
      filterEntrypoints: [CONTENT_SCRIPT],
      logger: quietLogger,
      vite: () => ({ build: { sourcemap: true }, customLogger: createLogger('error') }),
    });
    const script = join(outDir, 'chrome-mv3', 'content-scripts', `${CONTENT_SCRIPT}.js`);
    return { code: readFileSync(script, 'utf8'), map: parseSourceMap(readFileSync(`${script}.map`, 'utf8')) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

function parseSourceMap(text: string): SourceMap {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null || !('sources' in raw) || !('mappings' in raw)) throw new Error('not a source map');
  const { sources, mappings } = raw;
  if (!Array.isArray(sources) || typeof mappings !== 'string') throw new Error('not a source map');
  return { sources: sources.map(String), mappings };
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return values;
}

function packageOf(source: string | undefined): string {
  if (source === undefined) return '(unmapped)';
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1] ?? OWN_CODE;
}

/** Splits the generated code into the runs each source mapping covers, grouped by package. */
function codeByPackage(code: string, map: SourceMap): Map<string, string> {
  const parts = new Map<string, string[]>();
  const add = (source: string | undefined, text: string) => {
    const name = packageOf(source);
    const texts = parts.get(name);
    if (texts) texts.push(text);
    else parts.set(name, [text]);
  };
  const lines = code.split('\n');
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNumber) => {
    const line = lines[lineNumber] ?? '';
    let column = 0;
    let from = 0;
    let source: string | undefined;
    for (const segment of lineMappings.split(',').filter(Boolean)) {
      const [columnDelta = 0, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      add(source, line.slice(from, column));
      from = column;
      if (sourceDelta === undefined) {
        source = undefined;
      } else {
        sourceIndex += sourceDelta;
        source = map.sources[sourceIndex];
      }
    }
    add(source, line.slice(from));
  });
  return new Map([...parts].map(([name, texts]) => [name, texts.join('')]));
}

async function largestParts(): Promise<Size[]> {
  const { code, map } = await rebuildWithSourceMap();
  return [...codeByPackage(code, map)]
    .map(([name, text]) => size(name, text))
    .sort((a, b) => b.rawBytes - a.rawBytes)
    .slice(0, LARGEST_SHOWN);
}

export async function measureContentScript(): Promise<SizeResult> {
  const files = FILES.filter((file) => existsSync(join(EXTENSION_DIR, file))).map((file) =>
    size(file, readFileSync(join(EXTENSION_DIR, file))),
  );
  if (files.length === 0) throw new Error(`No content script in ${EXTENSION_DIR}: build first.`);
  const gzipBytes = sum(files.map((file) => file.gzipBytes));
  return {
    files,
    rawBytes: sum(files.map((file) => file.rawBytes)),
    gzipBytes,
    largestParts: await largestParts(),
    assistant: size(ASSISTANT, readFileSync(join(EXTENSION_DIR, ASSISTANT))),
    targetBytes: SIZE_TARGET_BYTES,
    pass: gzipBytes <= SIZE_TARGET_BYTES,
  };
}
