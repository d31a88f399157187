import type { CDPSession } from '@playwright/test';

/**
 * A Chromium trace of one renderer, read for what the long-task API cannot say: whose code
 * ran inside each long task. Long-animation-frame entries leave content scripts out, so the
 * extension's share comes from the trace's script events, whose URL is chrome-extension://.
 */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'].join(',');
const LONG_TASK_US = 50_000;
const EXTENSION_URL = /^chrome-extension:\/\//;
/** Events that run script; a forced layout the script causes is nested inside them. */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.evaluateModule']);

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; message?: string; frames?: { processId?: number; url?: string; parent?: string }[] } };
}

export interface TracedTask {
  durationMs: number;
  /** Time inside the extension's scripts, layout and style they forced included. */
  extensionMs: number;
}

export interface TraceSummary {
  /** Tasks of the page's main thread over 50 ms. */
  longTasks: TracedTask[];
  /** The most time the extension's scripts took inside any one task, long or not. */
  maxExtensionSliceMs: number;
  extensionScriptMs: number;
  /** The extension's script time after the page's `console.timeStamp(mark)`; null without that mark. */
  extensionAfterMarkMs: number | null;
}

export async function traced<T>(cdp: CDPSession, run: () => Promise<T>, mark?: string): Promise<{ result: T; trace: TraceSummary }> {
  const events: TraceEvent[] = [];
  const collect = (data: { value: object[] }) => events.push(...(data.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(',') }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await run();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return { result, trace: summarise(events, mark) };
}

/** The page's renderer: the process of the x.com main frame, as the trace's start event names it. */
function pageMainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const frame = started?.args?.data?.frames?.find((f) => !f.parent && f.url?.startsWith('https://x.com/'));
  const pid = frame?.processId;
  const thread = events.find((event) => event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (pid === undefined || !thread) throw new Error('the trace has no x.com renderer main thread');
  return { pid, tid: thread.tid };
}

/** Total length of the union of intervals, so nested script events count once. */
function unionUs(intervals: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of intervals.sort((a, b) => a[0] - b[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

function summarise(events: readonly TraceEvent[], mark: string | undefined): TraceSummary {
  const { pid, tid } = pageMainThread(events);
  const onMain = events.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X' && event.dur !== undefined);
  const tasks = onMain.filter((event) => event.name === 'RunTask');
  const extension = onMain
    .filter((event) => SCRIPT_EVENTS.has(event.name) && EXTENSION_URL.test(event.args?.data?.url ?? ''))
    .map((event): [number, number] => [event.ts, event.ts + (event.dur ?? 0)]);
  const perTask = tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = extension.filter(([from]) => from >= task.ts && from < end);
    return { durationMs: (task.dur ?? 0) / 1000, extensionMs: unionUs(inside) / 1000 };
  });
  return {
    longTasks: perTask.filter((task) => task.durationMs * 1000 > LONG_TASK_US),
    maxExtensionSliceMs: perTask.reduce((most, task) => Math.max(most, task.extensionMs), 0),
    extensionScriptMs: unionUs(extension) / 1000,
    extensionAfterMarkMs: mark === undefined ? null : afterMark(events, extension, mark),
  };
}

function afterMark(events: readonly TraceEvent[], extension: readonly [number, number][], mark: string): number | null {
  const at = events.find((event) => event.name === 'TimeStamp' && event.args?.data?.message === mark)?.ts;
  if (at === undefined) return null;
  return unionUs(extension.filter(([from]) => from >= at).map(([from, to]): [number, number] => [from, to])) / 1000;
}
