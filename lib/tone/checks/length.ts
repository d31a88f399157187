import { measure } from '../length';
import { readingGrade } from '../readability';
import type { Reply } from '../reply';
import type { Finding } from '../types';

/** Without a team target, replies should read at about what a 14-year-old reads easily. */
export const DEFAULT_READING_GRADE = 9;

export function checkReadingLevel(reply: Reply, findings: Finding[]): void {
  const target = reply.context.tone?.readingGrade ?? DEFAULT_READING_GRADE;
  const result = readingGrade(reply.scanned);
  if (result === null || result.grade <= target) return;
  findings.push({
    rule: 'reading-level',
    message: `This reads at about grade ${Math.round(result.grade)}, above the team's ${target}; shorter sentences and plainer words help.`,
    start: result.hardest.start,
    end: result.hardest.end,
  });
}

/**
 * Over the network's limit. When boilerplate with a short variant is in the reply, the finding
 * is on the boilerplate and swaps in the short variant; otherwise it spans what is over.
 */
export function checkLength(reply: Reply, findings: Finding[]): void {
  const { text, context } = reply;
  const { length, limit, overflowAt } = measure(text, context.network);
  if (limit === null || overflowAt === null) return;
  const message = `${length} of ${limit} characters as ${networkName(context.network)} counts them; it will not fit.`;
  for (const template of context.templates ?? []) {
    if (template.shortText === undefined || template.text === '') continue;
    const at = text.indexOf(template.text);
    if (at < 0) continue;
    findings.push({
      rule: 'too-long',
      message: `${message} The short version of this reply fits better.`,
      start: at,
      end: at + template.text.length,
      fix: { replacement: template.shortText },
    });
    return;
  }
  findings.push({ rule: 'too-long', message, start: overflowAt, end: text.length });
}

function networkName(network: string | undefined): string {
  if (network === 'x') return 'X';
  if (network === 'bluesky') return 'Bluesky';
  if (network === 'mastodon') return 'Mastodon';
  return 'the network';
}
