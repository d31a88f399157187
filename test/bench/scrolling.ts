import type { CDPSession } from '@playwright/test';
import { max, median, sum } from './stats';
import { longTasks, mountedRows, timelineBottomPx, type LongTask, type TimelinePage } from './timeline-page';
import { traced, type TraceSummary } from './trace';

/**
 * Where the passes start, as a share of the timeline: its top, where an agent starts, and its
 * middle, reached by a jump as after a long read. Each region is scrolled by both variants.
 */
const REGIONS = [0, 0.5];
/** One pass: about 50 posts, or 60 frames. */
const SPAN_PX = 12_000;
/**
 * Pixels per frame. At 60 frames a second that is a fast flick (12,000 px/s); on two cores
 * without a GPU the page's own frames take 50 to 150 ms, so it is about a brisk read.
 */
const STEP_PX = 200;
/**
 * After the jump to a region and after a pass: longer than the tracker's 150 ms scan interval,
 * so the extension's trailing scan and render happen inside the window that is counted.
 */
const SETTLE_MS = 500;
export const LONG_TASK_MS = 50;

export interface Pass {
  withExtension: boolean;
  regionPx: number;
  steps: number;
  durationMs: number;
  /** Rows in the DOM at the end of the pass: the page virtualises. */
  rowsMounted: number;
  /** From the page's PerformanceObserver, for the pass and its settling time. */
  longTasks: LongTask[];
  trace: TraceSummary;
  /** Main-thread time in script, layout and style over the pass, from Chromium's own counters. */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface VariantSummary {
  passes: number;
  steps: number;
  /** Median over passes of the pass's time per frame. */
  frameMs: number;
  startUpLongTasks: number;
  maxStartUpTaskMs: number;
  scrollLongTasks: number;
  maxScrollTaskMs: number;
  /** Long tasks that would have stayed under 50 ms without the extension's scripts in them. */
  causedByExtension: number;
  maxExtensionSliceMs: number;
  extensionScriptMs: number;
  /** Totals over all passes. */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** Renderer JS heap after the passes and a full GC: the page's and the content script's worlds. */
  heapBytes: number;
}

export interface ScrollingResult {
  withExtension: VariantSummary;
  withoutExtension: VariantSummary;
  passes: Pass[];
  pass: boolean;
}

/** Runs in the page: two frames, then SETTLE_MS, then the first idle moment. */
async function settle(ms: number): Promise<number> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, ms));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: ms }));
  return performance.now();
}

/**
 * Runs in the page, so no round trip to Playwright sets the pace: one step per frame, each
 * taken in the frame's requestAnimationFrame, so every position is rendered and seen by
 * IntersectionObserver, however slow the frames are.
 */
async function scrollSteps({ steps, step }: { steps: number; step: number }) {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  await frame();
  const startMs = performance.now();
  for (let done = 0; done < steps; done++) {
    window.scrollBy(0, step);
    await frame();
  }
  return { startMs, endMs: performance.now() };
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((metric) => [metric.name, metric.value]));
}

/** Chromium reports durations in seconds. */
function deltaMs(before: Map<string, number>, after: Map<string, number>, name: string): number {
  return ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
}

async function scrollPass(timeline: TimelinePage, regionPx: number): Promise<Pass> {
  const { page, cdp } = timeline;
  await page.evaluate((y) => window.scrollTo(0, y), regionPx);
  await page.evaluate(settle, SETTLE_MS);
  const steps = Math.round(SPAN_PX / STEP_PX);
  const before = await metrics(cdp);
  const { result, trace } = await traced(cdp, async () => {
    const { startMs, endMs } = await page.evaluate(scrollSteps, { steps, step: STEP_PX });
    return { startMs, endMs, settledMs: await page.evaluate(settle, SETTLE_MS) };
  });
  const after = await metrics(cdp);
  const tasks = await longTasks(page);
  return {
    withExtension: timeline.withExtension,
    regionPx,
    steps,
    durationMs: result.endMs - result.startMs,
    rowsMounted: await mountedRows(page),
    longTasks: tasks.filter((task) => task.startMs >= result.startMs && task.startMs <= result.settledMs),
    trace,
    scriptMs: deltaMs(before, after, 'ScriptDuration'),
    layoutMs: deltaMs(before, after, 'LayoutDuration'),
    styleMs: deltaMs(before, after, 'RecalcStyleDuration'),
  };
}

function causedByExtension(pass: Pass): number {
  return pass.trace.longTasks.filter((task) => task.durationMs - task.extensionMs <= LONG_TASK_MS).length;
}

function describePass(pass: Pass): string {
  const variant = pass.withExtension ? 'with extension   ' : 'without extension';
  const durations = pass.longTasks.map((task) => task.durationMs.toFixed(0));
  const extension = pass.withExtension
    ? `, extension script ${pass.trace.extensionScriptMs.toFixed(0)} ms (at most ${pass.trace.maxExtensionSliceMs.toFixed(1)} ms in one task), long tasks it caused ${causedByExtension(pass)}`
    : '';
  return (
    `  ${variant} from ${(pass.regionPx / 1000).toFixed(0)}k px: ${pass.steps} frames, ${(pass.durationMs / pass.steps).toFixed(0)} ms/frame, ` +
    `${pass.rowsMounted} rows in DOM, ${durations.length} long tasks${durations.length > 0 ? ` (max ${max(pass.longTasks.map((t) => t.durationMs)).toFixed(0)} ms)` : ''}` +
    `, script ${pass.scriptMs.toFixed(0)} ms, layout ${pass.layoutMs.toFixed(0)} ms, style ${pass.styleMs.toFixed(0)} ms${extension}`
  );
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).get('JSHeapUsedSize') ?? 0;
}

/** One variant's passes and the start-up of each of its pages. */
export interface VariantRecord {
  passes: Pass[];
  startUp: LongTask[];
  heapBytes: number[];
}

function summarise(record: VariantRecord): VariantSummary {
  const { passes, startUp } = record;
  const scroll = passes.flatMap((pass) => pass.longTasks);
  return {
    passes: passes.length,
    steps: sum(passes.map((pass) => pass.steps)),
    frameMs: median(passes.map((pass) => pass.durationMs / pass.steps)),
    startUpLongTasks: startUp.length,
    maxStartUpTaskMs: max(startUp.map((task) => task.durationMs)),
    scrollLongTasks: scroll.length,
    maxScrollTaskMs: max(scroll.map((task) => task.durationMs)),
    causedByExtension: sum(passes.map(causedByExtension)),
    maxExtensionSliceMs: max(passes.map((pass) => pass.trace.maxExtensionSliceMs)),
    extensionScriptMs: sum(passes.map((pass) => pass.trace.extensionScriptMs)),
    scriptMs: sum(passes.map((pass) => pass.scriptMs)),
    layoutMs: sum(passes.map((pass) => pass.layoutMs)),
    styleMs: sum(passes.map((pass) => pass.styleMs)),
    heapBytes: median(record.heapBytes),
  };
}

export function emptyRecord(): VariantRecord {
  return { passes: [], startUp: [], heapBytes: [] };
}

/**
 * One round: both pages scroll the same regions, taking turns (and turns at going first) so
 * that a slow patch of the shared machine hits both variants alike. Adds to the records.
 */
export async function scrollRound(baseline: TimelinePage, extension: TimelinePage, records: { baseline: VariantRecord; extension: VariantRecord }): Promise<void> {
  for (const [timeline, record] of [
    [baseline, records.baseline],
    [extension, records.extension],
  ] as const) {
    record.startUp.push(...(await longTasks(timeline.page)).filter((task) => task.startMs < timeline.readyAtMs));
  }
  const bottom = await timelineBottomPx(baseline.page);
  for (const share of REGIONS) {
    const regionPx = Math.round(share * (bottom - SPAN_PX));
    const order = records.baseline.passes.length % 2 === 0 ? [baseline, extension] : [extension, baseline];
    for (const timeline of order) {
      const pass = await scrollPass(timeline, regionPx);
      (timeline.withExtension ? records.extension : records.baseline).passes.push(pass);
      console.log(describePass(pass));
    }
  }
  records.baseline.heapBytes.push(await heapAfterGc(baseline.cdp));
  records.extension.heapBytes.push(await heapAfterGc(extension.cdp));
}

export function scrollingResult(records: { baseline: VariantRecord; extension: VariantRecord }): ScrollingResult {
  const withExtension = summarise(records.extension);
  return {
    withExtension,
    withoutExtension: summarise(records.baseline),
    passes: [...records.baseline.passes, ...records.extension.passes],
    pass: withExtension.causedByExtension === 0,
  };
}
