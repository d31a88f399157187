import { findPii } from '../../lib/classify/pii';
import { seededRandom } from '../../lib/classify/train/random';
import type { NodeBench } from './report';

const POSTS = 20_000;
/** Passes over the whole set; the first one warms the JIT up and is not timed. */
const PASSES = 5;

const OPENERS = ['@AirlineHelp', '@ShopCare', 'hey @BankSupport', 'Ugh.', 'Honestly', '', 'Day 3 and', 'PSA:'];
const MIDDLES = [
  'my bag never showed up',
  'love the new app update',
  'why is the website down again',
  'still waiting for a refund',
  'your agent was super helpful today',
  'cannot log in no matter what I try',
  'the delivery guy left it in the rain',
  'worst customer service ever',
  'is anyone else having trouble paying',
  'thanks for sorting this out so quickly',
];
const DIGIT_PARTS = [
  'order 112233445566 never arrived',
  'call me on 212-555-0188',
  'card 4111 1111 1111 1111 was charged twice',
  'flight UA 1234 delayed 3 hours',
  'ship to 42 Wallaby Way, Sydney',
  'waited 45 minutes on hold',
  'tracking 1Z999AA10123456784',
  'my pin is 4821',
];
const EMAIL_PARTS = ['mail me at jo.doe@example.com', 'cc @BrandCEO'];
const ENDINGS = ['', ' 😡', ' 🙏', ' https://t.co/aBcDeF', ' #fail', '!!', ' 💙✨', '\nplease help'];

export function syntheticPosts(count = POSTS): string[] {
  // Seeded: the same 20,000 posts every run.
  const random = seededRandom(42);
  const pick = (items: readonly string[]): string => items[Math.floor(random() * items.length)] ?? '';
  const posts: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    // Roughly seven in ten posts have neither a digit nor an '@' outside the opener.
    const extra = roll < 0.2 ? `, ${pick(DIGIT_PARTS)}` : roll < 0.3 ? `, ${pick(EMAIL_PARTS)}` : '';
    posts.push(`${pick(OPENERS)} ${pick(MIDDLES)}${extra}${pick(ENDINGS)}`.trim());
  }
  return posts;
}

/** A naive redactor's scan: one regular expression for long digit runs and e-mail addresses. */
const NAIVE_PII = /\d[\d\s-]{5,}\d|[\w.+-]+@[\w-]+\.[\w.]+/g;

function naivePii(text: string): string[] {
  return text.match(NAIVE_PII) ?? [];
}

/** Posts per second over the whole set; both scanners are timed the same way. */
function throughput(posts: readonly string[], scan: (text: string) => readonly unknown[]): number {
  let sink = 0;
  let elapsedMs = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    for (const post of posts) sink += scan(post).length;
    if (pass > 0) elapsedMs += performance.now() - started;
  }
  // Using the result keeps the engine from dropping the calls as dead code.
  if (sink < 0) throw new Error('unreachable');
  return Math.round((posts.length * (PASSES - 1)) / (elapsedMs / 1000));
}

function perSecond(value: number): string {
  return `${value.toLocaleString('en')} posts/s`;
}

export const piiBench: NodeBench = {
  name: 'pii',
  run: () => {
    const posts = syntheticPosts();
    console.log(`  ${posts.length.toLocaleString('en')} synthetic posts, ${PASSES - 1} timed passes each, one core`);
    const postsPerSec = throughput(posts, findPii);
    const peerPostsPerSec = throughput(posts, naivePii);
    console.log(`  carebar findPii: ${perSecond(postsPerSec)}; peer, one regular expression: ${perSecond(peerPostsPerSec)}`);
    return {
      rows: [
        {
          figure: 'PII scan',
          carebar: `carebar ${perSecond(postsPerSec)}`,
          peer: `peer one regex ${perSecond(peerPostsPerSec)}`,
          target: '—',
          verdict: 'info',
        },
      ],
      pass: true,
      figures: { posts: posts.length, postsPerSec, peerPostsPerSec },
    };
  },
};
