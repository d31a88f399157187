import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { checkReply, replyLength, type Finding } from '../../lib/tone';
import type { PanelState } from '../../lib/content/compose-session';
import type { Network, PostSnapshot } from '../../lib/sites/post';
import { CODE_LABELS } from '../../lib/text/code-labels';
import { CHECK_LIMIT, replyContext } from './findings';
import { FindingList } from './FindingList';
import { LengthMeter } from './LengthMeter';
import { markersToFill } from './markers';
import { SuggestionList } from './SuggestionList';
import { suggestReplies, type Suggestion } from './suggestions';
import type { ChosenReply, PostTriage } from './types';

/** The shortcut, as the hint shows it; the content script listens for it in the compose box. */
export const SHORTCUT_LABEL = 'Alt+Shift+R';


export interface ComposePanelProps extends PanelState {
  network: Network;
  /** Puts a reply into the box; resolves to what to tell the agent. */
  onInsert: (reply: ChosenReply) => Promise<string>;
  /** Applies a finding's fix to the box, whose text was `text`; resolves to what to tell the agent. */
  onFix: (finding: Finding, text: string) => Promise<string>;
  /** Selects a stretch of the box, for the agent to type over. */
  onSelectInBox: (start: number, end: number) => void;
  onClose: () => void;
  /** Called once the findings for a text are on the page. */
  onChecked?: () => void;
}

export function ComposePanel(props: ComposePanelProps) {
  const { network, text, post, triage, context, inserted } = props;
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const checked = text.length > CHECK_LIMIT ? text.slice(0, CHECK_LIMIT) : text;
  const partial = checked.length < text.length;

  const suggestions = useMemo(
    () => suggestReplies({ library: context.library, post, triage, agentName: context.agentName, network, query }),
    [context.library, context.agentName, post, triage, network, query],
  );
  const toneContext = useMemo(() => replyContext(network, post, triage, context.policy, inserted), [network, post, triage, context.policy, inserted]);
  const findings = useMemo(() => checkReply(checked, toneContext), [checked, toneContext]);
  const length = useMemo(() => replyLength(checked, network), [checked, network]);
  const markers = useMemo(() => markersToFill(checked), [checked]);
  const { onChecked } = props;
  useLayoutEffect(() => onChecked?.(), [findings, onChecked]);

  const choose = (suggestion: Suggestion) => {
    setStatus('');
    void props.onInsert({ title: suggestion.title, text: suggestion.filled.text, shortText: suggestion.short?.text }).then(setStatus);
  };
  const fix = (finding: Finding) => {
    setStatus('');
    void props.onFix(finding, checked).then(setStatus);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    props.onClose();
  };

  return (
    <section class="ra" role="dialog" aria-label="Reply assistant" data-theme={props.theme} onKeyDown={onKeyDown}>
      <header class="ra-header">
        <h2 class="ra-title">Reply assistant</h2>
        <p class="ra-to">{post ? <ReplyingTo post={post} triage={triage} /> : 'New post'}</p>
        <button type="button" class="ra-close" aria-label="Close reply assistant" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </header>
      {props.notice && <p class="ra-notice">{props.notice}</p>}
      <div class="ra-body">
        <h3 class="ra-heading">Suggested replies</h3>
        <SuggestionList suggestions={suggestions} query={query} onQuery={setQuery} onChoose={choose} focusRequest={props.searchFocusRequest} />
        <h3 class="ra-heading">
          Tone{findings.length > 0 ? <span class="ra-count">{findings.length}</span> : null}
        </h3>
        {partial && <p class="ra-note">Checked the first {CHECK_LIMIT.toLocaleString('en')} characters.</p>}
        <FindingList text={checked} findings={findings} onFix={fix} />
        {markers.length > 0 && (
          <div class="ra-fill">
            <h3 class="ra-heading">To fill in before sending</h3>
            <ul class="ra-fill__list">
              {markers.map((marker) => (
                <li key={marker.start}>
                  <button type="button" class="ra-button ra-marker-button" aria-label={`Select ${marker.marker} in the reply`} onClick={() => props.onSelectInBox(marker.start, marker.end)}>
                    <mark class="ra-marker">{marker.marker}</mark>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <footer class="ra-footer">
        <LengthMeter length={length.length} limit={length.limit} partial={partial} />
        <p class="ra-hint">
          <kbd>{SHORTCUT_LABEL}</kbd> search replies · <kbd>Esc</kbd> back to the reply · you press Reply yourself
        </p>
      </footer>
      <p class="ra-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}

function ReplyingTo({ post, triage }: { post: PostSnapshot; triage: PostTriage | null }) {
  const who = post.authorName ? `${post.authorName} (@${post.handle})` : `@${post.handle}`;
  return (
    <>
      Replying to {who}
      {triage && (
        <>
          {' '}
          <span class={`ra-code ra-code--${triage.code}`}>{CODE_LABELS[triage.code]}</span>
          {triage.categories.length > 0 && <span class="ra-categories"> {triage.categories.slice(0, 2).join(', ')}</span>}
        </>
      )}
    </>
  );
}
