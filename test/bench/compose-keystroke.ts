import type { Page } from '@playwright/test';
import { launchChromium, serveX } from '../e2e/harness';
import { median, percentile } from './stats';

/**
 * From a keystroke in X's reply box to the reply assistant's updated findings on the page, in
 * Chromium with the extension, typing a 280-character reply one key at a time. Each key's time
 * runs from its keydown to the end of the frame that painted the findings for it (the panel
 * stamps that moment on its frame, `data-checked-at`, from a task posted after its update). The
 * peer is the same page and typing without the extension: keydown to the end of the next
 * painted frame, which is what any change on screen costs at the least.
 */
export const KEYSTROKE_TARGET_MS = 16;
const PATH = '/compose/post';
const REPLY =
  "Hi Marcus, I'm so sorry your bag still hasn't turned up after three days; that's not good enough!!! " +
  "I've asked our baggage team in Denver to trace DEN-55821 today. Please DM us your phone number and delivery address, and we'll bring it to you as soon as it's found. Thank you ^Sam";
const WARM_UP = 'Obviously a warm-up reply!!! ';
const STAMPS = '__carebarKeyStamps';

export interface ComposeKeystrokeResult {
  keys: number;
  carebar: { medianMs: number; p95Ms: number };
  /** The panel's own main-thread time per update: reading the box, the tone check, the length, drawing. */
  carebarWork: { medianMs: number; p95Ms: number };
  peerNoExtension: { medianMs: number; p95Ms: number };
  targetMs: number;
  pass: boolean;
}

interface Stamps {
  keys: number[];
  painted: number[];
  work: number[];
}

/** Runs in the page: records each keydown, and each paint either of the panel's findings or of the next frame. */
function instrument({ global, withPanel }: { global: string; withPanel: boolean }): void {
  const now = () => performance.timeOrigin + performance.now();
  const stamps: Stamps = { keys: [], painted: [], work: [] };
  (window as unknown as Record<string, Stamps>)[global] = stamps;
  const afterPaint = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      stamps.painted.push(now());
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  };
  window.addEventListener('keydown', () => {
    stamps.keys.push(now());
    if (!withPanel) requestAnimationFrame(afterPaint);
  }, true);
  if (!withPanel) return;
  const frame = document.querySelector('carebar-reply-assistant')?.shadowRoot?.querySelector<HTMLElement>('.ra-frame');
  if (!frame) throw new Error('no reply assistant on the page');
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.attributeName === 'data-checked-at') stamps.painted.push(Number(frame.dataset.checkedAt));
      else stamps.work.push(Number(frame.dataset.checkMs));
    }
  }).observe(frame, { attributes: true, attributeFilter: ['data-checked-at', 'data-check-ms'] });
}

/** Each key's time to the first paint at or after it. */
function latencies({ keys, painted }: Stamps): number[] {
  const sorted = [...painted].sort((a, b) => a - b);
  return keys.map((key) => {
    const paint = sorted.find((at) => at >= key);
    if (paint === undefined) throw new Error('a keystroke was never painted');
    return paint - key;
  });
}

async function typeAndMeasure(page: Page, withPanel: boolean): Promise<{ latencies: number[]; work: number[] }> {
  const box = page.getByRole('dialog', { name: 'Reply', exact: true }).getByRole('textbox', { name: 'Post text' });
  await box.click();
  if (withPanel) await page.getByRole('dialog', { name: 'Reply assistant' }).getByRole('option').first().waitFor();
  await page.keyboard.type(WARM_UP);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await page.evaluate(instrument, { global: STAMPS, withPanel });
  await page.keyboard.type(REPLY);
  // The last key's paint comes a frame or two after the last keydown.
  await page.waitForFunction((global) => {
    const stamps = (window as unknown as Record<string, Stamps>)[global];
    const lastKey = stamps?.keys.at(-1) ?? Infinity;
    return (stamps?.painted ?? []).some((at) => at >= lastKey);
  }, STAMPS);
  const stamps = await page.evaluate((global) => (window as unknown as Record<string, Stamps>)[global], STAMPS);
  if (!stamps) throw new Error('no stamps');
  if (withPanel) {
    const text = await box.evaluate((el) => Array.from(el.querySelectorAll('[data-block="true"]'), (block) => block.textContent).join('\n'));
    if (text !== REPLY) throw new Error('the reply box does not hold the typed reply');
  }
  return { latencies: latencies(stamps), work: stamps.work };
}

async function run(withExtension: boolean): Promise<{ latencies: number[]; work: number[] }> {
  const { context, close } = await launchChromium({ withExtension });
  try {
    await serveX(context, { [PATH]: 'reply-box.html' });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`https://x.com${PATH}`);
    return await typeAndMeasure(page, withExtension);
  } finally {
    await close();
  }
}

export async function measureComposeKeystroke(): Promise<ComposeKeystrokeResult> {
  const peer = await run(false);
  const carebar = await run(true);
  const summary = (values: number[]) => ({ medianMs: median(values), p95Ms: percentile(values, 95) });
  const result = {
    keys: carebar.latencies.length,
    carebar: summary(carebar.latencies),
    carebarWork: summary(carebar.work),
    peerNoExtension: summary(peer.latencies),
    targetMs: KEYSTROKE_TARGET_MS,
  };
  return { ...result, pass: result.carebar.p95Ms <= KEYSTROKE_TARGET_MS };
}
