import { matchCase, removeWords, type Edit } from '../edit';
import type { BuiltInPhrase, PhraseRule } from '../lexicon';
import type { Reply } from '../reply';
import type { Word } from '../scan';
import type { Finding, ToneRuleId } from '../types';

function fixFor(reply: Reply, rule: PhraseRule, firstWord: number, endWord: number): Edit | null {
  const { text, scanned } = reply;
  const first = scanned.words[firstWord] as Word;
  const last = scanned.words[endWord - 1] as Word;
  if (rule.remove) return removeWords(scanned, firstWord, endWord);
  if (rule.fix === undefined) return null;
  return { start: first.start, end: last.end, replacement: matchCase(text.slice(first.start, last.end), rule.fix) };
}

type ListName = Extract<BuiltInPhrase, { rule: PhraseRule }>['list'];

function flagPhrases(reply: Reply, findings: Finding[], rule: ToneRuleId, list: ListName): void {
  const { words } = reply.scanned;
  for (const match of reply.phrases) {
    const { data } = match;
    if (data.list !== list) continue;
    const edit = fixFor(reply, data.rule, match.firstWord, match.endWord);
    const first = words[match.firstWord] as Word;
    const last = words[match.endWord - 1] as Word;
    findings.push(
      edit
        ? { rule, message: data.rule.message, start: edit.start, end: edit.end, fix: { replacement: edit.replacement } }
        : { rule, message: data.rule.message, start: first.start, end: last.end },
    );
  }
}

export function checkCondescending(reply: Reply, findings: Finding[]): void {
  flagPhrases(reply, findings, 'condescending', 'condescending');
  flagMinimisingJust(reply, findings);
}

export function checkBlaming(reply: Reply, findings: Finding[]): void {
  flagPhrases(reply, findings, 'blaming', 'blaming');
}

export function checkRobotic(reply: Reply, findings: Finding[]): void {
  flagPhrases(reply, findings, 'robotic', 'robotic');
}

/** A casual voice flags stiff phrases, a formal one slang; without a team policy, neither. */
export function checkVoice(reply: Reply, findings: Finding[]): void {
  const voice = reply.context.tone?.voice;
  if (voice === 'formal') flagPhrases(reply, findings, 'voice', 'slang');
  if (voice !== 'casual') return;
  flagPhrases(reply, findings, 'voice', 'stiff');
  flagKindly(reply, findings);
}

/** "Kindly DM us" → "Please DM us"; "we kindly ask you to" → "we ask you to". */
function flagKindly(reply: Reply, findings: Finding[]): void {
  const { words } = reply.scanned;
  words.forEach((word, i) => {
    if (word.lower !== 'kindly') return;
    const before = words[i - 1];
    const afterSubject = before?.sentence === word.sentence && (before.lower === 'we' || before.lower === 'i');
    const edit = afterSubject
      ? removeWords(reply.scanned, i, i + 1)
      : { start: word.start, end: word.end, replacement: matchCase(reply.text.slice(word.start, word.end), 'please') };
    findings.push({ rule: 'voice', message: "'Kindly' reads stiff for a casual voice.", start: edit.start, end: edit.end, fix: { replacement: edit.replacement } });
  });
}

/** Verbs a minimising "just" goes before: "just restart the app", "you just need to log in". */
const INSTRUCTIONS = new Set([
  'click', 'tap', 'press', 'hit', 'restart', 'reboot', 'refresh', 'reload', 'reinstall', 'install', 'uninstall', 'update',
  'upgrade', 'reset', 'clear', 'try', 'retry', 'follow', 'read', 'use', 'go', 'log', 'sign', 'open', 'close', 'turn',
  'switch', 'select', 'choose', 'enter', 'type', 'visit', 'check', 'look', 'scroll', 'search', 'download', 'delete',
  'change', 'need', 'have', 'make', 'do', 'wait', 'unplug', 'plug', 'contact', 'call', 'email', 'fill', 'submit',
  'login', 'signin', 'head', 'navigate', 'find', 'google', 'ask', 'add', 'remove', 'set', 'pick', 'copy', 'paste',
]);
/** Who a minimising "just" is said to: the customer, or an instruction with no subject. */
const TO_CUSTOMER = new Set(['you', 'please', 'then', 'and', 'simply', "you'll", "you'd", 'all']);
const MODALS = new Set(['can', 'could', 'should', 'will', 'would', 'must', 'may', 'might']);

function flagMinimisingJust(reply: Reply, findings: Finding[]): void {
  const { words, sentences } = reply.scanned;
  words.forEach((word, i) => {
    if (word.lower !== 'just') return;
    const next = words[i + 1];
    if (next?.sentence !== word.sentence || !INSTRUCTIONS.has(next.lower)) return;
    const before = words[i - 1];
    const opensSentence = sentences[word.sentence]?.firstWord === i;
    const sameSentence = before?.sentence === word.sentence;
    const toCustomer =
      opensSentence ||
      (sameSentence && TO_CUSTOMER.has(before.lower)) ||
      (sameSentence && MODALS.has(before.lower) && (words[i - 2]?.lower === 'you' || sentences[word.sentence]?.firstWord === i - 1));
    if (!toCustomer) return;
    const edit = removeWords(reply.scanned, i, i + 1);
    findings.push({
      rule: 'condescending',
      message: "'Just' makes the fix sound trivial to someone who is stuck; leave it out.",
      start: edit.start,
      end: edit.end,
      fix: { replacement: edit.replacement },
    });
  });
}
