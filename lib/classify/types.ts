import type { TriageCode } from '../sync/records';

/**
 * The triage engine's contract: pure data in, pure data out, no DOM and no browser API, so the
 * content script, the command line and the team server all run the same code.
 */

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** Probabilities that sum to 1. */
export interface SentimentProbabilities {
  negative: number;
  neutral: number;
  positive: number;
}

/** What the trained models say about one text; every value is a probability in [0, 1]. */
export interface ModelScores {
  sentiment: SentimentProbabilities;
  /** Abusive, offensive or obscene language. */
  offensive: number;
  /** Hateful language against a group. */
  hate: number;
  spam: number;
}

export type PiiKind = 'card' | 'ssn' | 'phone' | 'email' | 'address' | 'password';

export interface PiiFinding {
  kind: PiiKind;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

export type Intent =
  | 'question'
  | 'account'
  | 'cancellation'
  | 'billing'
  | 'outage'
  | 'delivery'
  | 'praise'
  | 'media'
  | 'threat'
  | 'security'
  | 'access';

export interface IntentFinding {
  intent: Intent;
  /** Why, in words an agent reads: "mentions an outage". */
  reason: string;
}

/** One post as the engine sees it: the sidebar's PostSnapshot, or a row of a file. */
export interface PostInput {
  id: string;
  text: string;
  author?: string;
  /** Milliseconds since the epoch, when known. */
  createdAt?: number;
  followers?: number;
  hasAvatar?: boolean;
}

export interface Signals {
  pii: PiiKind[];
  vip: boolean;
  newAccount: boolean;
  repeatPoster: boolean;
  alreadyAnswered: boolean;
  language: 'en' | 'unknown';
}

export interface Triage {
  id: string;
  code: TriageCode;
  categories: string[];
  sentiment: { label: SentimentLabel; score: number };
  /** 0 (flat) to 1 (shouting, piles of exclamation marks, strong words). */
  intensity: number;
  signals: Signals;
  /** Short phrases, most important first: "card number in public", "strong negative". */
  reasons: string[];
}
