import type { Boilerplate, Policy, TriageCode } from '../../lib/sync/records';
import type { SentimentLabel } from '../../lib/classify/types';

/** What the team set for replies, as the background sends it. */
export interface ComposeContext {
  library: readonly Boilerplate[];
  policy: Policy;
  /** For {agent}; empty when the agent has not set it. */
  agentName: string;
}

/** What triage said about the post being answered, when it has. */
export interface PostTriage {
  code: TriageCode;
  categories: readonly string[];
  sentiment: { label: SentimentLabel; score: number };
}

/** A reply chosen from the library, as filled for this post. */
export interface ChosenReply {
  title: string;
  text: string;
  /** The filled short variant, for the too-long fix. */
  shortText?: string;
}

/** A template that went into this box: the tone check may swap its text for the short one. */
export interface InsertedTemplate {
  text: string;
  shortText?: string;
}
