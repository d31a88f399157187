import type { BuiltInPhrase } from './lexicon';
import type { PhraseMatch } from './phrases';
import type { CompiledTone } from './policy';
import type { Scanned } from './scan';
import type { Finding, ReplyContext } from './types';

/** What every check reads: the reply scanned once, its context, and the team's compiled policy. */
export interface Reply {
  text: string;
  scanned: Scanned;
  /** Every built-in phrase in the reply, all lists at once. */
  phrases: readonly PhraseMatch<BuiltInPhrase>[];
  context: ReplyContext;
  tone: CompiledTone | null;
  /** The post answered is upset: negative, Red or Orange, or a complaint. */
  upset: boolean;
  /** The post answered is a complaint: negative, or filed under complaint. */
  complaint: boolean;
}

export type Check = (reply: Reply, findings: Finding[]) => void;
