import { createRequire } from 'node:module';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { seededRandom } from '../../lib/classify/train/random';
import { checkReply, type ReplyContext } from '../../lib/tone';
import { verdict, type NodeBench, type Row } from './report';
import { median, percentile } from './stats';

const REPLIES = 300;
/** Passes over every reply; the first warms the JIT up and is not timed. */
const PASSES = 6;
/** harper.js takes milliseconds a reply: fewer passes keep the bench short and still give a stable median. */
const HARPER_PASSES = 2;
const TARGET_MEDIAN_MS = 0.2;
const TARGET_VS_WRITE_GOOD = 10;
const MIN_CHARS = 200;
const MAX_CHARS = 280;

const OPENERS = ['Hi Sam,', 'Hey Priya!', 'Hello,', 'Thanks for reaching out.', 'Sorry to hear that.', 'Oh no!', 'Hi there,', '', 'Thanks for your patience.'];
const BODIES = [
  "we're sorry your order arrived late, and we want to make it right.",
  'our team is looking into the outage now and we expect the app to be back within the hour.',
  'the refund was issued yesterday and should show on your statement in 3 to 5 working days.',
  'you can update your delivery address from the Orders page in the app.',
  'we checked your booking and the seat change went through, so you are all set for Friday.',
  'the new version fixes the login loop on Android; it rolls out to everyone this week.',
  'please DM us your order number so we can check what happened with the parcel.',
  'we just shipped a fix for the checkout error and it should work again now.',
  "we understand how frustrating it is to wait on hold, and that's not the experience we want for you.",
  'our store on 5th Avenue stocks the new range, and the team there can help you choose.',
];
/** The problems the checker is for, mixed in as agents write them. */
const PROBLEMS = [
  'Obviously the app needs an update first.',
  'You should have read the FAQ before ordering.',
  'We apologize for any inconvenience this may have caused.',
  'As I already said, per our policy refunds take 10 days.',
  'Please reply with your card number here so we can check.',
  'That is not our fault, the courier lost it lol 😂',
  'PLEASE READ THE INSTRUCTIONS AGAIN!!!',
  'Just restart the router and simply try again :)',
  'Kindly note that we regret to inform you that the item is gone.',
  'Your card 4111 1111 1111 1111 was charged twice.',
  'Notwithstanding the aforementioned considerations, comprehensive remediation necessitates administrative coordination.',
];
const CLOSINGS = [
  'Let us know if there is anything else!',
  'More here: https://help.example.com/refunds',
  'We are here 24/7 if you need us.',
  'Have a lovely evening!',
  'Thanks for flagging this with us 🙏',
  'Details at help.example.com/status',
  'Talk soon ^AB',
  '',
];

/** Agent replies of 200 to 280 characters; about two in five carry a problem the checker should find. */
export function syntheticReplies(count = REPLIES): string[] {
  // Seeded: the same replies every run.
  const random = seededRandom(7);
  const pick = (items: readonly string[]): string => items[Math.floor(random() * items.length)] ?? '';
  const replies: string[] = [];
  while (replies.length < count) {
    const parts = [pick(OPENERS), pick(BODIES)];
    if (random() < 0.4) parts.push(pick(PROBLEMS));
    let reply = parts.filter((part) => part !== '').join(' ');
    while (reply.length < MIN_CHARS) reply = `${reply} ${random() < 0.5 ? pick(BODIES) : pick(CLOSINGS)}`.trim();
    if (reply.length <= MAX_CHARS) replies.push(reply);
  }
  return replies;
}

/** What the compose panel passes on X: the post answered and a team policy. */
function contextFor(index: number): ReplyContext {
  const upset = index % 2 === 0;
  return {
    network: 'x',
    post: { text: upset ? 'my order is late again' : 'love the new app', sentiment: { label: upset ? 'negative' : 'positive', score: 0.9 } },
    tone: {
      avoid: [
        { phrase: 'ticket', replacement: 'case', reason: 'customers think of cases, not tickets' },
        { phrase: 'unfortunately', reason: 'lead with what we can do' },
        { phrase: 'per our policy', replacement: 'under our policy' },
      ],
      signOff: '^AB',
      voice: 'casual',
      readingGrade: 8,
      rulesOff: [],
    },
  };
}

interface Timing {
  medianMs: number;
  p95Ms: number;
}

async function timeEach(replies: readonly string[], passes: number, run: (text: string, index: number) => unknown): Promise<Timing> {
  const samples: number[] = [];
  let sink = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const [index, reply] of replies.entries()) {
      const started = performance.now();
      const result = await run(reply, index);
      const elapsed = performance.now() - started;
      if (Array.isArray(result)) sink += result.length;
      if (pass > 0) samples.push(elapsed);
    }
  }
  // Using the results keeps the engine from dropping the calls as dead code.
  if (sink < 0) throw new Error('unreachable');
  return { medianMs: median(samples), p95Ms: percentile(samples, 95) };
}

/** write-good ships CommonJS without types: load it and check it is the function it documents. */
function loadWriteGood(): (text: string) => unknown {
  const loaded: unknown = createRequire(import.meta.url)('write-good');
  if (typeof loaded !== 'function') throw new Error('write-good did not export a function');
  return (text) => Reflect.apply(loaded, undefined, [text]) as unknown;
}

function perReply(timing: Timing): string {
  return `median ${timing.medianMs.toFixed(4)} ms, p95 ${timing.p95Ms.toFixed(4)} ms`;
}

async function runToneBench(): Promise<{ rows: Row[]; pass: boolean; figures: unknown }> {
  const replies = syntheticReplies();
  const contexts = replies.map((_, index) => contextFor(index));
  const flagged = replies.filter((reply, index) => checkReply(reply, contexts[index]).length > 0).length;
  console.log(`  ${replies.length} synthetic agent replies of ${MIN_CHARS}–${MAX_CHARS} characters (${flagged} with findings), on X, one core`);

  const carebar = await timeEach(replies, PASSES, (text, index) => checkReply(text, contexts[index]));
  console.log(`  carebar checkReply: ${perReply(carebar)}`);

  const writeGood = loadWriteGood();
  const peerWriteGood = await timeEach(replies, PASSES, (text) => writeGood(text));
  console.log(`  peer write-good: ${perReply(peerWriteGood)}`);

  const linter = new LocalLinter({ binary });
  await linter.setup();
  const peerHarper = await timeEach(replies, HARPER_PASSES, (text) => linter.lint(text));
  console.log(`  peer harper.js (LocalLinter, WebAssembly): ${perReply(peerHarper)}`);

  const vsWriteGood = peerWriteGood.medianMs / carebar.medianMs;
  const vsHarper = peerHarper.medianMs / carebar.medianMs;
  const medianPass = carebar.medianMs <= TARGET_MEDIAN_MS;
  const harperPass = vsHarper > 1;
  const writeGoodPass = vsWriteGood >= TARGET_VS_WRITE_GOOD;
  const carebarFigure = `carebar ${carebar.medianMs.toFixed(4)} ms (p95 ${carebar.p95Ms.toFixed(4)})`;
  return {
    rows: [
      { figure: 'tone check, 280 chars', carebar: carebarFigure, peer: '—', target: `target ≤ ${TARGET_MEDIAN_MS} ms`, verdict: verdict(medianPass) },
      {
        figure: 'tone check vs harper.js',
        carebar: `${vsHarper.toFixed(0)}× faster`,
        peer: `harper.js ${peerHarper.medianMs.toFixed(3)} ms (p95 ${peerHarper.p95Ms.toFixed(3)})`,
        target: 'target faster',
        verdict: verdict(harperPass),
      },
      {
        figure: 'tone check vs write-good',
        carebar: `${vsWriteGood.toFixed(1)}× faster`,
        peer: `write-good ${peerWriteGood.medianMs.toFixed(4)} ms (p95 ${peerWriteGood.p95Ms.toFixed(4)})`,
        target: `target ≥ ${TARGET_VS_WRITE_GOOD}×`,
        verdict: verdict(writeGoodPass),
      },
    ],
    pass: medianPass && harperPass && writeGoodPass,
    figures: { replies: replies.length, flagged, carebar, writeGood: peerWriteGood, harper: peerHarper, vsWriteGood, vsHarper },
  };
}

export const toneBench: NodeBench = { name: 'tone', run: runToneBench };

// `npx vite-node test/bench/tone-check.ts` runs this file itself; `npm run bench` imports a bundle of run.ts.
if (import.meta.url.endsWith('/test/bench/tone-check.ts')) {
  console.log('▶ tone check');
  const { rows, pass } = await runToneBench();
  for (const row of rows) console.log(`  ${row.figure}: ${row.carebar} · ${row.peer} · ${row.target} · ${row.verdict}`);
  process.exitCode = pass ? 0 : 1;
}
