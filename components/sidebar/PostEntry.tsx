import type { Classified } from '../../lib/classify/engine';
import { formatTimeLeft, timeLeft } from '../../lib/classify/sla';
import type { PostSnapshot } from '../../lib/sites/post';
import { excerpt } from '../../lib/text/excerpt';
import { describeTime, formatAge } from '../../lib/time/age';
import { EscalationLine, type EscalationContact } from './EscalationLine';
import { signalLabels } from './view';
import { CODE_LABELS } from '../../lib/text/code-labels';

export interface PostEntryProps {
  post: PostSnapshot;
  triage: Classified | undefined;
  own: boolean;
  now: number;
  tabIndex: number;
  onFocus: () => void;
  onSelect: (id: string) => void;
  /** The team's escalation contacts, named on Red and Orange posts. */
  escalation?: readonly EscalationContact[];
}

/** One post in the list. Page text is only ever rendered as text nodes. */
export function PostEntry({ post, triage, own, now, tabIndex, onFocus, onSelect, escalation = [] }: PostEntryProps) {
  const name = excerpt(post.authorName, 60) || post.handle;
  const text = excerpt(post.text);
  const chips = [...(own ? ['Your account'] : []), ...postKinds(post, triage), ...(triage ? signalLabels(triage) : [])];
  const reasonsId = `reasons-${post.network}-${post.id}`;
  return (
    <button
      type="button"
      class="entry"
      data-post-id={post.id}
      data-code={triage?.code}
      tabIndex={tabIndex}
      onFocus={onFocus}
      onClick={() => onSelect(post.id)}
      aria-describedby={triage && triage.reasons.length > 0 ? reasonsId : undefined}
    >
      <span class="entry__head">
        {triage && <CodeBadge triage={triage} />}
        <span class="entry__name">{name}</span>
        {post.verified && <span class="entry__verified" title="Verified account" aria-label="verified">✓</span>}
        <span class="entry__handle">@{excerpt(post.handle, 40)}</span>
        {post.time && (
          <time class="entry__age" dateTime={post.time} title={describeTime(post.time)}>
            {formatAge(post.time, now)}
          </time>
        )}
      </span>
      <span class={text ? 'entry__text' : 'entry__text entry__text--empty'}>{text || 'No text (media or deleted post)'}</span>
      {(triage || chips.length > 0) && (
        <span class="entry__meta">
          {triage?.dueAt != null && <Countdown dueAt={triage.dueAt} now={now} />}
          {triage?.categories.slice(0, 2).map((category) => (
            <span key={category} class="entry__category">
              {category}
            </span>
          ))}
          {chips.map((chip) => (
            <span key={chip} class="entry__kind">
              {chip}
            </span>
          ))}
        </span>
      )}
      {triage && <EscalationLine code={triage.code} contacts={escalation} />}
      {triage && triage.reasons.length > 0 && (
        <span class="entry__reasons" id={reasonsId} role="tooltip">
          {triage.reasons.join(' · ')}
        </span>
      )}
    </button>
  );
}

/** The code in words as well as colour, so colour is never the only cue. */
function CodeBadge({ triage }: { triage: Classified }) {
  return (
    <span class={`badge badge--${triage.code}`} title={triage.reasons.join('\n')}>
      {CODE_LABELS[triage.code]}
    </span>
  );
}

function Countdown({ dueAt, now }: { dueAt: number; now: number }) {
  const left = timeLeft(dueAt, now);
  return (
    <span class={left < 0 ? 'entry__due entry__due--late' : 'entry__due'} title="Time left to answer under the team's SLA">
      {formatTimeLeft(left)}
    </span>
  );
}

function postKinds(post: PostSnapshot, triage: Classified | undefined): string[] {
  const kinds: string[] = [];
  if (post.isAd) kinds.push('Ad');
  if (post.isReply) kinds.push('Reply');
  if (post.isQuote) kinds.push('Quote');
  if (post.isRepost) kinds.push('Repost');
  // Once triaged, "New account" says it (and more).
  if (!post.hasAvatar && !triage) kinds.push('No avatar');
  return kinds;
}
