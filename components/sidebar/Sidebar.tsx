import { useState } from 'preact/hooks';
import type { Classified } from '../../lib/classify/engine';
import type { PageState } from '../../lib/sites/post-tracker';
import type { TriageCode } from '../../lib/sync/records';
import type { AdaptationSummary } from '../../lib/classify/schema';
import type { SendMessage } from '../../lib/messages/send';
import type { PostSnapshot } from '../../lib/sites/post';
import { CustomerPanel } from '../records/CustomerPanel';
import { HandoffPanel } from '../records/HandoffPanel';
import { UnreadHandoff } from '../records/UnreadHandoff';
import { AdaptationNote } from './AdaptationNote';
import type { EscalationContact } from './EscalationLine';
import { ListControls } from './ListControls';
import { PostList } from './PostList';
import { StatusMessage } from './StatusMessage';
import { countTriage, viewRows, type SortOrder } from './view';

export interface SidebarProps {
  state: PageState;
  triage: ReadonlyMap<string, Classified>;
  /** The brand's own handles, whose posts are marked and not triaged. */
  brandHandles?: readonly string[];
  now: number;
  /** Null until the background has answered (or when it cannot). */
  adaptation?: AdaptationSummary | null;
  onResetAdaptation?: () => void;
  onSelectPost: (id: string) => void;
  onClose: () => void;
  /** The background, for notes, reminders and hand-offs; without it the sidebar only lists. */
  send?: SendMessage;
  /** The team's escalation contacts, named on Red and Orange posts. */
  escalation?: readonly EscalationContact[];
}

export function Sidebar({ state, triage, brandHandles = [], now, adaptation = null, onResetAdaptation, onSelectPost, onClose, send, escalation }: SidebarProps) {
  const [selected, setSelected] = useState<PostSnapshot | null>(null);
  const [handoffOpen, setHandoffOpen] = useState(false);
  const [codes, setCodes] = useState<ReadonlySet<TriageCode>>(new Set());
  const [category, setCategory] = useState<string | null>(null);
  const [sort, setSort] = useState<SortOrder>('page');
  const count = state.posts.length;
  const counts = countTriage(state.posts, triage);
  if (category !== null && !counts.categories.has(category)) counts.categories.set(category, 0);
  const rows = viewRows(state.posts, triage, { codes, category, sort }, brandHandles);

  const select = (id: string) => {
    onSelectPost(id);
    setSelected(state.posts.find((post) => post.id === id) ?? null);
  };

  const toggleCode = (code: TriageCode) => {
    const next = new Set(codes);
    if (!next.delete(code)) next.add(code);
    setCodes(next);
  };

  return (
    <aside class="sidebar" data-theme={state.theme} aria-label="Carebar">
      <header class="sidebar__header">
        <h2 class="sidebar__title">Carebar</h2>
        <span class="sidebar__count" aria-live="polite">
          {state.status !== 'ready' ? '' : count === 1 ? '1 post on screen' : `${count} posts on screen`}
        </span>
        {send && (
          <button type="button" class="sidebar__tab" aria-pressed={handoffOpen} onClick={() => setHandoffOpen(!handoffOpen)}>
            Hand-off
          </button>
        )}
        <button type="button" class="sidebar__close" aria-label="Close Carebar" title="Close Carebar" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {send && <UnreadHandoff send={send} />}
      {send && handoffOpen ? (
        <div class="sidebar__pane">
          <HandoffPanel send={send} />
        </div>
      ) : state.status === 'ready' ? (
        <>
          <ListControls
            codes={codes}
            codeCounts={counts.codes}
            category={category}
            categoryCounts={counts.categories}
            sort={sort}
            onToggleCode={toggleCode}
            onCategory={setCategory}
            onSort={setSort}
          />
          {rows.length > 0 ? (
            <PostList rows={rows} now={now} onSelect={select} escalation={escalation} />
          ) : (
            <p class="status">No post on screen matches these filters.</p>
          )}
          {send && selected && (
            <div class="sidebar__panel">
              <CustomerPanel key={`${selected.network}:${selected.id}`} post={selected} send={send} onClose={() => setSelected(null)} />
            </div>
          )}
          {adaptation && onResetAdaptation && <AdaptationNote summary={adaptation} onReset={onResetAdaptation} />}
        </>
      ) : (
        <StatusMessage status={state.status} />
      )}
    </aside>
  );
}
