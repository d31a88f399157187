import type { CDPSession } from '@playwright/test';
import { max, median, sum } from './stats';
import { longTasks, type LongTask, type TimelinePage } from './timeline-page';

const PASSES_PER_VARIANT = 3;
/**
 * Each pass goes on down from where the last one stopped. A 2,000-post page is ~480,000 px
 * and, with every post in the DOM, each of the page's own frames takes ~0.5 s on two cores:
 * the whole page would take minutes per variant, so the passes cover its first 60 viewports.
 */
const STEPS_PER_PASS = 20;
/** One viewport per step, so every post passes through the viewport on its way up. */
const SCROLL_STEP_PX = 900;
const SCROLL_INTERVAL_MS = 50;
const SETTLE_MS = 1000;
const LONG_TASK_MS = 50;

interface Pass {
  withExtension: boolean;
  steps: number;
  durationMs: number;
  longTasks: LongTask[];
  /** Main-thread time in script, layout and style over the pass, from Chromium's own counters. */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface VariantSummary {
  passes: number;
  steps: number;
  startUpLongTasks: number;
  maxStartUpTaskMs: number;
  scrollLongTasks: number;
  maxScrollTaskMs: number;
  medianPassMs: number;
  /** Totals over all passes. */
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  /** Renderer JS heap after the passes and a full GC: the page's and the content script's worlds. */
  heapBytes: number;
}

export interface ScrollingResult {
  scrolledPx: number;
  withExtension: VariantSummary;
  withoutExtension: VariantSummary;
  /** Long tasks during the scroll that the extension adds, per pass. */
  extraLongTasksPerPass: number;
  /** The extension's longest task may not exceed this: 50 ms, or the baseline's own worst. */
  allowedMaxTaskMs: number;
  extraScriptMs: number;
  extraLayoutMs: number;
  extraHeapBytes: number;
  pass: boolean;
}

/**
 * Runs in the page, so no round trip to Playwright sets the pace. Waits for a frame after each
 * step: the page's frames are slow, and a position that is never rendered is never seen by
 * IntersectionObserver, so the extension would be spared the work the bench is here to see.
 */
async function scrollSteps({ steps, step, interval }: { steps: number; step: number; interval: number }) {
  const startMs = performance.now();
  const atBottom = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
  let done = 0;
  for (; done < steps && !atBottom(); done++) {
    window.scrollBy(0, step);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  return { startMs, endMs: performance.now(), steps: done };
}

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map((metric) => [metric.name, metric.value]));
}

/** Chromium reports durations in seconds. */
function deltaMs(before: Map<string, number>, after: Map<string, number>, name: string): number {
  return ((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000;
}

async function scrollPass(timeline: TimelinePage): Promise<Pass> {
  const { page, cdp } = timeline;
  const before = await metrics(cdp);
  const { startMs, endMs, steps } = await page.evaluate(scrollSteps, {
    steps: STEPS_PER_PASS,
    step: SCROLL_STEP_PX,
    interval: SCROLL_INTERVAL_MS,
  });
  await page.waitForTimeout(SETTLE_MS);
  const after = await metrics(cdp);
  const tasks = await longTasks(page);
  return {
    withExtension: timeline.withExtension,
    steps,
    durationMs: endMs - startMs,
    longTasks: tasks.filter((task) => task.startMs >= startMs && task.startMs <= endMs + SETTLE_MS),
    scriptMs: deltaMs(before, after, 'ScriptDuration'),
    layoutMs: deltaMs(before, after, 'LayoutDuration'),
    styleMs: deltaMs(before, after, 'RecalcStyleDuration'),
  };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).get('JSHeapUsedSize') ?? 0;
}

function durations(tasks: readonly LongTask[]): string {
  return tasks.map((task) => task.durationMs.toFixed(0)).join(', ') || 'none';
}

function describePass(pass: Pass, index: number): string {
  const variant = pass.withExtension ? 'with extension   ' : 'without extension';
  return (
    `  pass ${index} ${variant}: ${pass.steps} steps in ${(pass.durationMs / 1000).toFixed(1)} s, ` +
    `long tasks [${durations(pass.longTasks)}] ms, script ${pass.scriptMs.toFixed(0)} ms, ` +
    `layout ${pass.layoutMs.toFixed(0)} ms, style ${pass.styleMs.toFixed(0)} ms`
  );
}

async function summarise(timeline: TimelinePage, passes: readonly Pass[]): Promise<VariantSummary> {
  const startUp = (await longTasks(timeline.page)).filter((task) => task.startMs < timeline.readyAtMs);
  const scroll = passes.flatMap((pass) => pass.longTasks);
  return {
    passes: passes.length,
    steps: sum(passes.map((pass) => pass.steps)),
    startUpLongTasks: startUp.length,
    maxStartUpTaskMs: max(startUp.map((task) => task.durationMs)),
    scrollLongTasks: scroll.length,
    maxScrollTaskMs: max(scroll.map((task) => task.durationMs)),
    medianPassMs: median(passes.map((pass) => pass.durationMs)),
    scriptMs: sum(passes.map((pass) => pass.scriptMs)),
    layoutMs: sum(passes.map((pass) => pass.layoutMs)),
    styleMs: sum(passes.map((pass) => pass.styleMs)),
    heapBytes: await heapAfterGc(timeline.cdp),
  };
}

/**
 * Scrolls both pages down the same stretch of the timeline, a pass at a time, taking turns so
 * that a slow patch of the (shared) machine hits both variants alike.
 */
export async function measureScrolling(baseline: TimelinePage, extension: TimelinePage): Promise<ScrollingResult> {
  const passes: Pass[] = [];
  for (let i = 0; i < PASSES_PER_VARIANT * 2; i++) {
    const pass = await scrollPass(i % 2 === 0 ? baseline : extension);
    passes.push(pass);
    console.log(describePass(pass, i + 1));
  }
  const withoutExtension = await summarise(baseline, passes.filter((pass) => !pass.withExtension));
  const withExtension = await summarise(extension, passes.filter((pass) => pass.withExtension));
  const allowedMaxTaskMs = Math.max(LONG_TASK_MS, withoutExtension.maxScrollTaskMs);
  return {
    scrolledPx: withExtension.steps * SCROLL_STEP_PX,
    withExtension,
    withoutExtension,
    extraLongTasksPerPass: (withExtension.scrollLongTasks - withoutExtension.scrollLongTasks) / PASSES_PER_VARIANT,
    allowedMaxTaskMs,
    extraScriptMs: withExtension.scriptMs - withoutExtension.scriptMs,
    extraLayoutMs: withExtension.layoutMs - withoutExtension.layoutMs,
    extraHeapBytes: withExtension.heapBytes - withoutExtension.heapBytes,
    pass: withExtension.maxScrollTaskMs <= allowedMaxTaskMs,
  };
}
