import { loadavg } from 'node:os';
import { measureContentScript, type SizeResult } from './bundle-size';
import { benchLibraryImport, libraryImportRow } from './boilerplate-import';
import { boilerplateRankBench } from './boilerplate-rank';
import { classifyBench } from './classify-throughput';
import { piiBench } from './pii-speed';
import { measureReadTime, type ReadTimeResult } from './read-time';
import { measureComposeKeystroke, type ComposeKeystrokeResult } from './compose-keystroke';
import { benchCustomerPanel, customerPanelRow } from './customer-panel';
import { benchOptionsLibrary, optionsLibraryRow } from './options-library';
import { benchRecordsDb, recordsDbRows } from './records-db';
import { formatTable, kb, mb, ms, signed, verdict, writeJson, type NodeBench, type Row } from './report';
import { emptyRecord, LONG_TASK_MS, scrollingResult, scrollRound, type ScrollingResult, type VariantSummary } from './scrolling';
import { openTimeline, showAllPosts, virtualTimelineHtml, type TimelinePage } from './timeline-page';
import { toneBench } from './tone-check';
import { measureTriageScreen, type TriageScreenResult } from './triage-screen';

const POSTS = 2000;
/** Each round loads both pages afresh, so start-up counts twice and no state carries over. */
const ROUNDS = 2;
const RESULTS_FILE = 'bench-results/foundation.json';
/**
 * Benches that need no browser. Each prints its own lines, adds rows to the closing table and
 * its figures to the JSON under its name; add new ones here.
 */
const NODE_BENCHES: readonly NodeBench[] = [piiBench, classifyBench, toneBench, boilerplateRankBench];

function readRow(read: ReadTimeResult): Row {
  return {
    figure: 'read per post',
    carebar: `carebar ${ms(read.carebar.medianMs, 4)} (p95 ${read.carebar.p95Ms.toFixed(4)})`,
    peer: `peer innerText ${ms(read.peerInnerText.medianMs, 4)} (${read.peerRatio.toFixed(1)}× carebar)`,
    target: `target ≤ ${ms(read.targetMs, 2)}`,
    verdict: verdict(read.pass),
  };
}

function longTasks(count: number, maxMs: number): string {
  return count === 0 ? 'none' : `${count}, max ${ms(maxMs, 0)}`;
}

function scrollRows(scrolling: ScrollingResult): Row[] {
  const { withExtension: ext, withoutExtension: base } = scrolling;
  const frames = `${ext.steps} frames`;
  return [
    {
      figure: 'long tasks it caused',
      carebar: `carebar ${ext.causedByExtension} in ${frames} (its longest slice ${ms(ext.maxExtensionSliceMs, 1)})`,
      peer: `no extension: 0 by definition`,
      target: `target 0 over ${LONG_TASK_MS} ms`,
      verdict: verdict(scrolling.pass),
    },
    {
      figure: 'long tasks, scrolling',
      carebar: `carebar ${longTasks(ext.scrollLongTasks, ext.maxScrollTaskMs)}`,
      peer: `no extension ${longTasks(base.scrollLongTasks, base.maxScrollTaskMs)} in ${base.steps} frames`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'frame, scrolling',
      carebar: `carebar ${ms(ext.frameMs, 0)}`,
      peer: `no extension ${ms(base.frameMs, 0)}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'long tasks, start-up',
      carebar: `carebar ${longTasks(ext.startUpLongTasks, ext.maxStartUpTaskMs)} in ${ROUNDS} loads`,
      peer: `no extension ${longTasks(base.startUpLongTasks, base.maxStartUpTaskMs)}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'script, scrolling',
      carebar: `carebar ${ms(ext.scriptMs, 0)} (${signed(ms(ext.scriptMs - base.scriptMs, 0), ext.scriptMs - base.scriptMs)}; its own ${ms(ext.extensionScriptMs, 0)})`,
      peer: `no extension ${ms(base.scriptMs, 0)}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'layout, scrolling',
      carebar: `carebar ${ms(ext.layoutMs, 0)} (${signed(ms(ext.layoutMs - base.layoutMs, 0), ext.layoutMs - base.layoutMs)})`,
      peer: `no extension ${ms(base.layoutMs, 0)}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'JS heap after scroll',
      carebar: `carebar ${mb(ext.heapBytes)} (${signed(mb(ext.heapBytes - base.heapBytes), ext.heapBytes - base.heapBytes)})`,
      peer: `no extension ${mb(base.heapBytes)}`,
      target: '—',
      verdict: 'info',
    },
  ];
}

function sizeRow(size: SizeResult): Row {
  const parts = size.largestParts.map((part) => `${part.name} ${kb(part.gzipBytes)}`).join(', ');
  return {
    figure: 'content script',
    carebar: `carebar ${kb(size.gzipBytes)} gzip (${kb(size.rawBytes)} raw); reply assistant on first use ${kb(size.assistant.gzipBytes)} gzip`,
    peer: `largest parts, gzip alone: ${parts}`,
    target: `target ≤ ${kb(size.targetBytes)}`,
    verdict: verdict(size.pass),
  };
}

function screenRow(screen: TriageScreenResult): Row {
  return {
    figure: 'triage, one screen',
    carebar: `carebar ${ms(screen.triageShare.medianMs, 2)} added by triage (p95 ${screen.triageShare.p95Ms.toFixed(2)}; all its work ${ms(screen.carebar.medianMs, 1)})`,
    peer: `same engine on the page ${ms(screen.peerInPage.medianMs, 2)} (p95 ${screen.peerInPage.p95Ms.toFixed(2)})`,
    target: `target < ${ms(screen.targetMs, 0)}`,
    verdict: verdict(screen.pass),
  };
}

function keystrokeRow(k: ComposeKeystrokeResult): Row {
  return {
    figure: 'keystroke to findings',
    carebar: `carebar ${ms(k.carebar.medianMs, 1)} (p95 ${k.carebar.p95Ms.toFixed(1)}; its own work ${ms(k.carebarWork.medianMs, 2)}, p95 ${k.carebarWork.p95Ms.toFixed(2)})`,
    peer: `no extension, next frame ${ms(k.peerNoExtension.medianMs, 1)} (p95 ${k.peerNoExtension.p95Ms.toFixed(1)})`,
    target: `target p95 ≤ ${ms(k.targetMs, 0)}`,
    verdict: verdict(k.pass),
  };
}

async function benchComposeKeystroke(): Promise<ComposeKeystrokeResult> {
  console.log('\n▶ reply assistant: keydown to findings on screen, typing a 280-character reply in the reply dialog');
  const k = await measureComposeKeystroke();
  console.log(`  ${k.keys} keys; carebar median ${ms(k.carebar.medianMs, 1)}, p95 ${ms(k.carebar.p95Ms, 1)}; its own work median ${ms(k.carebarWork.medianMs, 2)}, p95 ${ms(k.carebarWork.p95Ms, 2)}`);
  console.log(`  peer, same page without the extension: median ${ms(k.peerNoExtension.medianMs, 1)}, p95 ${ms(k.peerNoExtension.p95Ms, 1)}`);
  return k;
}

async function benchTriageScreen(): Promise<TriageScreenResult> {
  console.log('\n▶ triage of one screen: 20 new posts each time, main-thread time on the page');
  const screen = await measureTriageScreen();
  console.log(`  ${screen.screens} screens of ${screen.postsPerScreen} posts after warm-up`);
  console.log(`  carebar content script, all of it (read, list, round trip, codes): median ${ms(screen.carebar.medianMs, 2)}, p95 ${ms(screen.carebar.p95Ms, 2)}`);
  console.log(`  of which triage (after the posts were listed): median ${ms(screen.triageShare.medianMs, 2)}, p95 ${ms(screen.triageShare.p95Ms, 2)}; screens not told apart ${screen.unsplit}`);
  console.log(`  peer, the same engine classifying on the page: median ${ms(screen.peerInPage.medianMs, 2)}, p95 ${ms(screen.peerInPage.p95Ms, 2)}`);
  return screen;
}

function variantLine(label: string, variant: VariantSummary): string {
  return (
    `  ${label}: ${variant.passes} passes, ${variant.steps} frames, ${ms(variant.frameMs, 0)}/frame, script ${ms(variant.scriptMs, 0)}, ` +
    `layout ${ms(variant.layoutMs, 0)}, style ${ms(variant.styleMs, 0)}, heap after GC ${mb(variant.heapBytes)}`
  );
}

/** On the page without the extension, after its scrolling: every post mounted, then read. */
async function benchReading(baseline: TimelinePage): Promise<ReadTimeResult> {
  console.log(`\n▶ reading posts: all ${POSTS} posts mounted, no extension, adapter injected`);
  await showAllPosts(baseline.page);
  const read = await measureReadTime(baseline.page);
  console.log(`  ${read.readable} of ${read.posts} post elements readable, ${read.runs} timed runs after warm-up`);
  console.log(`  peer innerText got ${read.peerCharacters.toLocaleString('en')} characters per run`);
  console.log(`  carebar findPostElements + readPost: median ${ms(read.carebar.medianMs, 4)}/post, p95 ${ms(read.carebar.p95Ms, 4)}`);
  console.log(`  peer innerText:                      median ${ms(read.peerInnerText.medianMs, 4)}/post, p95 ${ms(read.peerInnerText.p95Ms, 4)}`);
  return read;
}

/** Scrolling in every round; reading once, on the last round's page without the extension. */
async function benchPages(html: string): Promise<{ read: ReadTimeResult; scrolling: ScrollingResult }> {
  const records = { baseline: emptyRecord(), extension: emptyRecord() };
  let read: ReadTimeResult | undefined;
  for (let round = 1; round <= ROUNDS; round++) {
    console.log(`\n▶ round ${round} of ${ROUNDS}: the ${POSTS}-post timeline, without and with the extension; scrolling in turns`);
    const baseline = await openTimeline(html, false);
    try {
      const extension = await openTimeline(html, true);
      try {
        await scrollRound(baseline, extension, records);
      } finally {
        await extension.close();
      }
      if (round === ROUNDS) read = await benchReading(baseline);
    } finally {
      await baseline.close();
    }
  }
  if (!read) throw new Error('no round ran');
  const scrolling = scrollingResult(records);
  console.log(variantLine('with extension   ', scrolling.withExtension));
  console.log(variantLine('without extension', scrolling.withoutExtension));
  return { read, scrolling };
}

/** Other work on the machine skews every timing: the figures are only comparable with this beside them. */
function load(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

async function benchSize(): Promise<SizeResult> {
  console.log('\n▶ content script size (gzip level 9)');
  const size = await measureContentScript();
  for (const file of size.files) console.log(`  ${file.name}: ${kb(file.rawBytes)} raw, ${kb(file.gzipBytes)} gzip`);
  for (const part of size.largestParts) console.log(`  in x.js, ${part.name}: ${kb(part.rawBytes)} raw, ${kb(part.gzipBytes)} gzip alone`);
  return size;
}

async function runNodeBenches(): Promise<{ rows: Row[]; pass: boolean; figures: Record<string, unknown> }> {
  const rows: Row[] = [];
  const figures: Record<string, unknown> = {};
  let pass = true;
  for (const bench of NODE_BENCHES) {
    console.log(`\n▶ ${bench.name} (Node)`);
    const result = await bench.run();
    rows.push(...result.rows);
    figures[bench.name] = result.figures;
    pass &&= result.pass;
  }
  return { rows, pass, figures };
}

/** Runs every measurement, prints the closing table and returns the process exit code. */
export async function runBench(): Promise<number> {
  const startedAt = performance.now();
  const loadBefore = load();
  console.log(`\nload average before: ${loadBefore}`);
  const { read, scrolling } = await benchPages(virtualTimelineHtml(POSTS));
  const size = await benchSize();
  const screen = await benchTriageScreen();
  const keystroke = await benchComposeKeystroke();
  const records = await benchRecordsDb();
  const panel = await benchCustomerPanel();
  const library = await benchOptionsLibrary();
  const libraryImport = await benchLibraryImport();
  const node = await runNodeBenches();
  const loadAfter = load();

  const pass = read.pass && scrolling.pass && size.pass && screen.pass && keystroke.pass && records.pass && panel.pass && library.pass && libraryImport.pass && node.pass;
  console.log(`\n${formatTable([readRow(read), ...scrollRows(scrolling), sizeRow(size), screenRow(screen), keystrokeRow(keystroke), ...recordsDbRows(records), customerPanelRow(panel), optionsLibraryRow(library), libraryImportRow(libraryImport), ...node.rows])}`);
  console.log(`\nload average before ${loadBefore}, after ${loadAfter} (1, 5, 15 min); measuring took ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
  writeJson(RESULTS_FILE, { measuredAt: new Date().toISOString(), posts: POSTS, rounds: ROUNDS, loadBefore, loadAfter, pass, read, scrolling, size, triageScreen: screen, composeKeystroke: keystroke, records, customerPanel: panel, optionsLibrary: library, libraryImport, ...node.figures });
  console.log(`${pass ? 'All targets met.' : 'A target was missed.'} Figures written to ${RESULTS_FILE}.`);
  return pass ? 0 : 1;
}
