import { loadavg } from 'node:os';
import { timelineHtml } from '../fixtures/x/generate-timeline';
import { measureContentScript, type SizeResult } from './bundle-size';
import { measureReadTime, type ReadTimeResult } from './read-time';
import { formatTable, kb, mb, ms, signed, verdict, writeJson, type Row } from './report';
import { measureScrolling, type ScrollingResult, type VariantSummary } from './scrolling';
import { openTimeline, type TimelinePage } from './timeline-page';

const POSTS = 2000;
const RESULTS_FILE = 'bench-results/foundation.json';

function readRow(read: ReadTimeResult): Row {
  return {
    figure: 'read per post',
    carebar: `carebar ${ms(read.carebar.medianMs, 4)} (p95 ${read.carebar.p95Ms.toFixed(4)})`,
    peer: `peer innerText ${ms(read.peerInnerText.medianMs, 4)} (${read.peerRatio.toFixed(1)}× carebar)`,
    target: `target ≤ ${ms(read.targetMs, 2)}`,
    verdict: verdict(read.pass),
  };
}

function longTasks(count: number, maxMs: number, runs: string): string {
  return count === 0 ? `none in ${runs}` : `${count} in ${runs}, max ${ms(maxMs, 0)}`;
}

function extraMs(value: number): string {
  return signed(ms(value, 0), value);
}

function scrollRows(scrolling: ScrollingResult): Row[] {
  const { withExtension: ext, withoutExtension: base } = scrolling;
  const passes = `${ext.passes} passes`;
  const extra = signed(scrolling.extraLongTasksPerPass.toFixed(1), scrolling.extraLongTasksPerPass);
  return [
    {
      figure: 'long tasks, scrolling',
      carebar: `carebar ${longTasks(ext.scrollLongTasks, ext.maxScrollTaskMs, passes)} (${extra}/pass)`,
      peer: `no extension ${longTasks(base.scrollLongTasks, base.maxScrollTaskMs, passes)}`,
      target: `target max ≤ ${ms(scrolling.allowedMaxTaskMs, 0)}`,
      verdict: verdict(scrolling.pass),
    },
    {
      figure: 'long tasks, start-up',
      carebar: `carebar ${longTasks(ext.startUpLongTasks, ext.maxStartUpTaskMs, 'the load')}`,
      peer: `no extension ${longTasks(base.startUpLongTasks, base.maxStartUpTaskMs, 'the load')}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'script, scrolling',
      carebar: `carebar ${ms(ext.scriptMs, 0)} (${extraMs(scrolling.extraScriptMs)})`,
      peer: `no extension ${ms(base.scriptMs, 0)}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'layout, scrolling',
      carebar: `carebar ${ms(ext.layoutMs, 0)} (${extraMs(scrolling.extraLayoutMs)})`,
      peer: `no extension ${ms(base.layoutMs, 0)}`,
      target: '—',
      verdict: 'info',
    },
    {
      figure: 'JS heap after scroll',
      carebar: `carebar ${mb(ext.heapBytes)} (${signed(mb(scrolling.extraHeapBytes), scrolling.extraHeapBytes)})`,
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
    carebar: `carebar ${kb(size.gzipBytes)} gzip (${kb(size.rawBytes)} raw)`,
    peer: `largest parts, gzip alone: ${parts}`,
    target: `target ≤ ${kb(size.targetBytes)}`,
    verdict: verdict(size.pass),
  };
}

function variantLine(label: string, variant: VariantSummary): string {
  return (
    `  ${label}: ${variant.steps} steps, median pass ${(variant.medianPassMs / 1000).toFixed(1)} s, script ${ms(variant.scriptMs, 0)}, ` +
    `layout ${ms(variant.layoutMs, 0)}, style ${ms(variant.styleMs, 0)}, heap after GC ${mb(variant.heapBytes)}`
  );
}

async function benchReading(baseline: TimelinePage): Promise<ReadTimeResult> {
  console.log(`\n▶ reading posts: ${POSTS}-post timeline in Chromium, no extension, adapter injected`);
  const read = await measureReadTime(baseline.page);
  console.log(`  ${read.readable} of ${read.posts} post elements readable, ${read.runs} timed runs after warm-up`);
  console.log(`  peer innerText got ${read.peerCharacters.toLocaleString('en')} characters per run`);
  console.log(`  carebar findPostElements + readPost: median ${ms(read.carebar.medianMs, 4)}/post, p95 ${ms(read.carebar.p95Ms, 4)}`);
  console.log(`  peer innerText:                      median ${ms(read.peerInnerText.medianMs, 4)}/post, p95 ${ms(read.peerInnerText.p95Ms, 4)}`);
  return read;
}

async function benchScrolling(baseline: TimelinePage, html: string): Promise<ScrollingResult> {
  console.log('\n▶ opening the same timeline with the extension');
  const extension = await openTimeline(html, true);
  try {
    console.log('▶ scrolling both down the timeline in passes, taking turns');
    return await measureScrolling(baseline, extension);
  } finally {
    await extension.close();
  }
}

function printScrolling(scrolling: ScrollingResult): void {
  console.log(variantLine('with extension   ', scrolling.withExtension));
  console.log(variantLine('without extension', scrolling.withoutExtension));
}

/** Both measurements that need the page without the extension share one load: it is the slow part. */
async function benchPages(html: string): Promise<{ read: ReadTimeResult; scrolling: ScrollingResult }> {
  console.log(`\n▶ opening the ${POSTS}-post timeline without the extension`);
  const baseline = await openTimeline(html, false);
  try {
    const read = await benchReading(baseline);
    const scrolling = await benchScrolling(baseline, html);
    printScrolling(scrolling);
    return { read, scrolling };
  } finally {
    await baseline.close();
  }
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

/** Runs every measurement, prints the closing table and returns the process exit code. */
export async function runBench(): Promise<number> {
  const loadBefore = load();
  console.log(`\nload average before: ${loadBefore}`);
  const html = timelineHtml(POSTS);
  const { read, scrolling } = await benchPages(html);
  const size = await benchSize();
  const loadAfter = load();

  const pass = read.pass && scrolling.pass && size.pass;
  console.log(`\n${formatTable([readRow(read), ...scrollRows(scrolling), sizeRow(size)])}`);
  console.log(`\nload average before ${loadBefore}, after ${loadAfter} (1, 5, 15 min)`);
  writeJson(RESULTS_FILE, { measuredAt: new Date().toISOString(), posts: POSTS, loadBefore, loadAfter, pass, read, scrolling, size });
  console.log(`${pass ? 'All targets met.' : 'A target was missed.'} Figures written to ${RESULTS_FILE}.`);
  return pass ? 0 : 1;
}
