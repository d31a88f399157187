import type { Policy, TriageCode } from '../sync/records';
import { isNewAccount, isVip } from './signals';
import { tokenize, type TextStats } from './tokenize';
import type { Intent, IntentFinding, ModelScores, PiiFinding, PiiKind, PostInput, SentimentLabel, Signals, Triage } from './types';

/**
 * Thresholds on model probabilities. A Red post is removed or reported and never answered, so a
 * wrong Red costs a customer their answer: the Red thresholds ask for more than even odds where
 * the model fires on ordinary customer talk.
 */
/** Hate against a group is rare in brand mentions and rarely mistaken for a complaint. */
export const HATE_RED = 0.5;
/** Spam models also fire on customers pasting links and promo codes; ask for a clear call. */
export const SPAM_RED = 0.7;
/** Only plain abuse or obscenity is removed; a customer swearing about an outage is answered. */
export const OBSCENE_RED = 0.85;
/** Rude but not removable: shown as a category so the agent knows what to expect. */
export const RUDE = 0.5;
/** A negative probability this high reads as anger or distress, not mild disappointment. */
export const STRONG_NEGATIVE = 0.7;
/** A negative post this intense (capitals, "!!!", "sooo") is an emotional one whatever its probability. */
export const INTENSE = 0.5;

/**
 * Intensity is a noisy-OR of its cues: each one alone can make a post intense, together they
 * saturate towards 1 instead of adding past it. The weights are how intense each cue is alone.
 */
const INTENSITY_WEIGHTS = { caps: 0.6, exclamations: 0.5, elongation: 0.3, negative: 0.7 };
/** One capitalised word ("my WiFi", "OK") is not shouting; a share of the words is. */
const MIN_WORDS_FOR_CAPS = 3;

/**
 * When findings disagree, the code is the first of these that any finding asks for. Yellow beats
 * Orange: a personal request with anger in it is still a personal request, moving it to a DM
 * answers the anger too, and Yellow's clock is the shorter one.
 */
const CODE_PRECEDENCE: readonly TriageCode[] = ['red', 'yellow', 'orange', 'green'];

/** Categories, most important first; a post's list follows this order. */
const CATEGORY_ORDER = [
  'threat', 'hate', 'pii', 'spam', 'abuse', 'security', 'outage', 'account access', 'billing', 'cancellation',
  'delivery', 'account', 'media', 'complaint', 'question', 'praise',
] as const;
type Category = (typeof CATEGORY_ORDER)[number];

/**
 * PII kinds, most harmful first. Card, SSN, password and phone in public are Red (remove or
 * report). An email or postal address alone is Yellow: it is less harmful, and often meant for
 * the brand, so the agent answers and asks them to delete it.
 */
const PII: Record<PiiKind, { code: TriageCode; reason: string }> = {
  card: { code: 'red', reason: 'card number in public' },
  ssn: { code: 'red', reason: 'SSN in public' },
  password: { code: 'red', reason: 'password in public' },
  phone: { code: 'red', reason: 'phone number in public' },
  email: { code: 'yellow', reason: 'email address in public' },
  address: { code: 'yellow', reason: 'home address in public' },
};
const PII_ORDER = Object.keys(PII) as PiiKind[];

/**
 * What each intent says about the code. Account-specific requests and press go to Yellow. The
 * topics below may also be asked in general ("do you ship to Canada?"), which is a general
 * question and Orange; see `isGeneralQuestion`.
 */
const INTENTS: Record<Intent, { code: TriageCode; category: Category }> = {
  threat: { code: 'red', category: 'threat' },
  security: { code: 'yellow', category: 'security' },
  access: { code: 'yellow', category: 'account access' },
  outage: { code: 'yellow', category: 'outage' },
  billing: { code: 'yellow', category: 'billing' },
  cancellation: { code: 'yellow', category: 'cancellation' },
  delivery: { code: 'yellow', category: 'delivery' },
  account: { code: 'yellow', category: 'account' },
  media: { code: 'yellow', category: 'media' },
  question: { code: 'orange', category: 'question' },
  praise: { code: 'green', category: 'praise' },
};

const TOPICS_ASKED_IN_GENERAL: ReadonlySet<Intent> = new Set(['outage', 'billing', 'delivery']);
const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'd|me|my|mine|myself)\b/i;

export interface Evidence {
  scores: ModelScores;
  pii: PiiFinding[];
  intents: IntentFinding[];
  language: Signals['language'];
}

export type ContextSignals = Pick<Signals, 'vip' | 'newAccount' | 'repeatPoster' | 'alreadyAnswered'>;

/** Where the rules act on the yes/no models; the model files may set their own (see `model.ts`). */
export interface Alerts {
  hateRed: number;
  spamRed: number;
  obsceneRed: number;
  rude: number;
}

export const DEFAULT_ALERTS: Alerts = { hateRed: HATE_RED, spamRed: SPAM_RED, obsceneRed: OBSCENE_RED, rude: RUDE };

export interface TriageContext {
  policy: Policy;
  alerts?: Alerts;
  /** The post's network, for the VIP list; unknown matches a VIP on any network. */
  network?: string;
  /** Signals the caller knows better (page, seen-posts log); VIP and new account are worked out here otherwise. */
  signals?: Partial<ContextSignals>;
}

interface Finding {
  code: TriageCode;
  reason: string;
  category?: Category;
}

/**
 * The code, categories, sentiment, intensity, signals and reasons for one post. In an unknown
 * language the English models are not trusted: sentiment reads neutral (score 0: no estimate)
 * and nothing model-based counts, while PII and the intent patterns still apply, since a
 * pattern that matches at all matched real words. Such a post is Yellow at least, because
 * someone has to read it.
 */
export function triage(input: PostInput, evidence: Evidence, context: TriageContext): Triage {
  const english = evidence.language === 'en';
  const sentiment = english ? strongest(evidence.scores.sentiment) : { label: 'neutral' as const, score: 0 };
  const stats = tokenize(input.text).stats;
  const intensity = intensityOf(stats, english ? evidence.scores.sentiment.negative : 0);

  const findings: Finding[] = [...piiFindings(evidence.pii), ...intentFindings(evidence.intents, isGeneralQuestion(input.text, evidence.intents))];
  if (english) findings.push(...modelFindings(evidence.scores, sentiment.label, intensity, context.alerts ?? DEFAULT_ALERTS));
  else findings.push({ code: 'yellow', reason: 'unknown language' });

  const signals = signalsOf(input, evidence, context);
  // Reasons by code, most urgent first, in finding order within a code; the first code with a finding is the post's.
  let code: TriageCode | undefined;
  const reasons: string[] = findings.length === 0 ? ['benign'] : [];
  for (const c of CODE_PRECEDENCE) {
    for (const finding of findings) {
      if (finding.code !== c) continue;
      code ??= c;
      addOnce(reasons, finding.reason);
    }
  }
  for (const reason of signalReasons(signals)) addOnce(reasons, reason);

  return {
    id: input.id,
    code: code ?? 'green',
    categories: CATEGORY_ORDER.filter((category) => findings.some((finding) => finding.category === category)),
    sentiment,
    intensity: Math.round(intensity * 100) / 100,
    signals,
    reasons,
  };
}

function addOnce(items: string[], item: string): void {
  if (!items.includes(item)) items.push(item);
}

const SENTIMENT_LABELS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** The most probable label and its probability; a tie goes to the label listed first. */
function strongest(probabilities: ModelScores['sentiment']): { label: SentimentLabel; score: number } {
  const label = SENTIMENT_LABELS.reduce((best, candidate) => (probabilities[candidate] > probabilities[best] ? candidate : best));
  return { label, score: probabilities[label] };
}

function piiFindings(pii: readonly PiiFinding[]): Finding[] {
  return PII_ORDER.filter((kind) => pii.some((finding) => finding.kind === kind)).map((kind): Finding => ({ ...PII[kind], category: 'pii' }));
}

function intentFindings(intents: readonly IntentFinding[], general: boolean): Finding[] {
  return intents.map(({ intent, reason }) => {
    const { code, category } = INTENTS[intent];
    return { code: general && TOPICS_ASKED_IN_GENERAL.has(intent) ? 'orange' : code, category, reason };
  });
}

/** A question that names no order or account of the asker's own and never says "I", "me" or "my". */
function isGeneralQuestion(text: string, intents: readonly IntentFinding[]): boolean {
  const has = (intent: Intent) => intents.some((finding) => finding.intent === intent);
  return has('question') && !has('account') && !FIRST_PERSON.test(text);
}

function modelFindings(scores: ModelScores, label: SentimentLabel, intensity: number, alerts: Alerts): Finding[] {
  const findings: Finding[] = [];
  if (scores.hate >= alerts.hateRed) findings.push({ code: 'red', reason: 'hateful language', category: 'hate' });
  if (scores.spam >= alerts.spamRed) findings.push({ code: 'red', reason: 'looks like spam', category: 'spam' });
  if (scores.offensive >= alerts.obsceneRed) findings.push({ code: 'red', reason: 'obscene or abusive', category: 'abuse' });
  else if (scores.offensive >= alerts.rude) findings.push({ code: 'orange', reason: 'rude language', category: 'abuse' });
  if (label === 'negative') {
    const strong = scores.sentiment.negative >= STRONG_NEGATIVE || intensity >= INTENSE;
    findings.push({ code: 'orange', reason: strong ? 'strong negative' : 'negative', category: 'complaint' });
  } else if (label === 'positive') findings.push({ code: 'green', reason: 'positive' });
  return findings;
}

/** 0 for a flat post, towards 1 for capitals, piles of "!", "sooo" and strong negativity. */
export function intensityOf(stats: TextStats, negative: number): number {
  const caps = stats.words >= MIN_WORDS_FOR_CAPS ? clamp01((stats.capsRatio - 0.3) / 0.5) : 0;
  const exclamations = clamp01((stats.exclamations - 1) / 4);
  const elongation = clamp01(stats.elongatedWords / 2);
  const strongNegative = clamp01((negative - 0.5) / 0.5);
  const calm =
    (1 - INTENSITY_WEIGHTS.caps * caps) *
    (1 - INTENSITY_WEIGHTS.exclamations * exclamations) *
    (1 - INTENSITY_WEIGHTS.elongation * elongation) *
    (1 - INTENSITY_WEIGHTS.negative * strongNegative);
  return 1 - calm;
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

function signalsOf(input: PostInput, evidence: Evidence, context: TriageContext): Signals {
  const known = context.signals ?? {};
  return {
    pii: PII_ORDER.filter((kind) => evidence.pii.some((finding) => finding.kind === kind)),
    vip: known.vip ?? isVip({ handle: input.author, network: context.network, followers: input.followers }, context.policy),
    newAccount: known.newAccount ?? isNewAccount({ handle: input.author, hasAvatar: input.hasAvatar }),
    repeatPoster: known.repeatPoster ?? false,
    alreadyAnswered: known.alreadyAnswered ?? false,
    language: evidence.language,
  };
}

/** Already answered first: it is the one that stops a second agent replying. */
function signalReasons(signals: Signals): string[] {
  const reasons: string[] = [];
  if (signals.alreadyAnswered) reasons.push('already answered');
  if (signals.vip) reasons.push('VIP');
  if (signals.repeatPoster) reasons.push('repeat poster');
  if (signals.newAccount) reasons.push('new account');
  return reasons;
}
