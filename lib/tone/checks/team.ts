import { matchCase } from '../edit';
import type { Reply } from '../reply';
import { isSpace, type Word } from '../scan';
import type { Finding } from '../types';

/** Each of the team's phrases to avoid, with its replacement as the fix and its reason in the message. */
export function checkTeamAvoid(reply: Reply, findings: Finding[]): void {
  if (!reply.tone) return;
  const { text, scanned } = reply;
  for (const match of reply.tone.avoid.matches(scanned.words)) {
    const { start } = scanned.words[match.firstWord] as Word;
    const { end } = scanned.words[match.endWord - 1] as Word;
    const { phrase, replacement, reason } = match.data;
    const why = reason ? `: ${reason}` : '.';
    const instead = replacement ? ` Try '${replacement}'.` : '';
    const finding: Finding = { rule: 'team-avoid', message: `The team avoids '${phrase}'${why}${instead}`, start, end };
    if (replacement !== undefined) finding.fix = { replacement: matchCase(text.slice(start, end), replacement) };
    findings.push(finding);
  }
}

/**
 * The team's sign-off, anywhere in the reply (agents put links after it). Appended after a space
 * where replies are one short paragraph (X, Bluesky: "…today. ^AB"), on its own line elsewhere.
 */
export function checkSignOff(reply: Reply, findings: Finding[]): void {
  const signOff = reply.tone?.signOff ?? null;
  const written = reply.context.tone?.signOff?.trim();
  if (signOff === null || !written) return;
  const { text } = reply;
  if (text.toLowerCase().includes(signOff)) return;
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === 0) return;
  const network = reply.context.network;
  const separator = network === 'x' || network === 'bluesky' ? ' ' : '\n';
  findings.push({
    rule: 'sign-off',
    message: `The team signs replies with '${written}'.`,
    start: end,
    end: text.length,
    fix: { replacement: `${separator}${written}` },
  });
}
