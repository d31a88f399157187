import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { indexLibrary } from '../../../lib/boilerplate/rank';
import { STARTER_LIBRARY } from '../../../lib/boilerplate/starter-library';
import type { ReplyInput } from '../../../lib/db/boilerplate';
import type { SendMessage } from '../../../lib/messages/send';
import type { Boilerplate } from '../../../lib/sync/records';
import { errorText } from '../../records/useCustomer';
import { filterLibrary, NO_FILTER, orderLibrary, type LibraryFilter } from './library-filter';
import { LibraryFilters } from './LibraryFilters';
import { draftOf, EMPTY_DRAFT, type ReplyDraft } from './reply-draft';
import { ReplyForm } from './ReplyForm';
import { ReplyList, type EntryAction } from './ReplyList';
import { ReadOnlyNote } from '../policy/fields';
import { useTeamRole } from '../policy/useTeamRole';
import { useLibrary } from './useLibrary';

export interface BoilerplatePanelProps {
  send: SendMessage;
}

/** Entries drawn at a time: enough to scan, few enough that every keystroke redraws at once. */
const PAGE = 50;
const COUNT_ID = 'bp-count';

interface Status {
  text: string;
  /** The reply just deleted, while its delete can be undone. */
  undo?: Boilerplate;
}

/** Where focus goes after the list changes under it: the same button of the same reply. */
interface FocusTarget {
  id: string;
  /** A button's `data-action`. */
  action: string;
}

/** The team's reply library: find, write, edit, duplicate, delete (with undo), favourites. */
export function BoilerplatePanel({ send }: BoilerplatePanelProps) {
  const { library, setLibrary, loadError, reload } = useLibrary(send);
  const editable = useTeamRole() !== 'agent';
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [shown, setShown] = useState(PAGE);
  const [form, setForm] = useState<{ key: number; draft: ReplyDraft; focus: boolean }>({ key: 0, draft: EMPTY_DRAFT, focus: false });
  const [status, setStatus] = useState<Status>({ text: '' });
  const [error, setError] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const section = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const undo = useRef<HTMLButtonElement>(null);

  const ordered = useMemo(() => orderLibrary(library?.replies ?? [], library?.favourites ?? []), [library]);
  const matches = useMemo(() => filterLibrary(ordered, filter), [ordered, filter]);
  const favouriteAt = useMemo(() => new Map(ordered.replies.slice(0, ordered.favourites).map((reply, at) => [reply.id, at])), [ordered]);

  useEffect(() => {
    // The search index of a large library takes a while to build: built between loading and the
    // first keystroke, so the first keystroke is as quick as the rest.
    const timer = setTimeout(() => indexLibrary(ordered.replies));
    return () => clearTimeout(timer);
  }, [ordered]);

  useEffect(() => {
    if (!focusTarget) return;
    const entry = [...(section.current?.querySelectorAll<HTMLElement>('[data-reply-id]') ?? [])].find((item) => item.dataset.replyId === focusTarget.id);
    const target = entry?.querySelector<HTMLElement>(`[data-action="${focusTarget.action}"]`) ?? entry?.querySelector<HTMLElement>('[data-action="edit"]');
    (target ?? search.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget, matches]);

  useEffect(() => {
    if (status.undo) undo.current?.focus();
  }, [status]);

  const changeFilter = (next: LibraryFilter) => {
    setFilter(next);
    setShown(PAGE);
  };

  const attempt = async <T,>(work: () => Promise<T>): Promise<T | null> => {
    try {
      const result = await work();
      setError(null);
      return result;
    } catch (e) {
      setError(errorText(e));
      return null;
    }
  };

  /** Puts a stored reply at the top of the list (the most recently edited), replacing its old self. */
  const keep = (reply: Boilerplate) =>
    setLibrary((current) => current && { ...current, replies: [reply, ...current.replies.filter((other) => other.id !== reply.id)] });

  const openForm = (draft: ReplyDraft) => setForm((current) => ({ key: current.key + 1, draft, focus: true }));

  const save = async (input: ReplyInput) => {
    const saved = await attempt(() => send('boilerplate/save', input));
    if (saved) {
      keep(saved);
      setStatus({ text: `Saved “${saved.title}”. The reply assistant offers it from now on.` });
    }
    return saved;
  };

  const act = async (reply: Boilerplate, action: EntryAction) => {
    if (action === 'edit') return openForm(draftOf(reply));
    if (action === 'duplicate') {
      const copy = await attempt(() => send('boilerplate/duplicate', { id: reply.id }));
      if (!copy) return;
      keep(copy);
      setStatus({ text: `Made “${copy.title}”.` });
      return openForm(draftOf(copy));
    }
    if (action === 'delete') {
      if ((await attempt(() => send('boilerplate/delete', { id: reply.id }))) === null) return;
      setLibrary((current) => current && { ...current, replies: current.replies.filter((other) => other.id !== reply.id) });
      if (form.draft.id === reply.id) setForm((current) => ({ key: current.key + 1, draft: EMPTY_DRAFT, focus: false }));
      return setStatus({ text: `Deleted “${reply.title}”.`, undo: reply });
    }
    const answer = await attempt(() => send('boilerplate/favourite', { id: reply.id, move: action }));
    if (!answer) return;
    setLibrary((current) => current && { ...current, favourites: answer.favourites });
    setFocusTarget({ id: reply.id, action: action === 'add' || action === 'remove' ? 'favourite' : action });
  };

  const restore = async (reply: Boilerplate) => {
    const restored = await attempt(() => send('boilerplate/restore', { id: reply.id }));
    if (!restored) return;
    setStatus({ text: `Restored “${restored.title}”.` });
    await reload();
    setFocusTarget({ id: restored.id, action: 'delete' });
  };

  const visible = matches.slice(0, shown);
  const total = library?.replies.length ?? 0;

  return (
    <section class="options bp" aria-labelledby="bp-heading" ref={section}>
      <h2 id="bp-heading">Boilerplate</h2>
      <p>The team’s replies, offered by the reply assistant beside every reply box, ranked for the post being answered.</p>
      {editable ? (
        <div class="options__actions">
          <button type="button" onClick={() => openForm(EMPTY_DRAFT)}>
            New reply
          </button>
        </div>
      ) : (
        <ReadOnlyNote />
      )}
      <div class="bp-status" role="status">
        {status.text}
        {status.undo && (
          <button type="button" ref={undo} onClick={() => status.undo && void restore(status.undo)}>
            Undo
          </button>
        )}
      </div>
      {(error ?? loadError) !== null && (
        <p class="options__error" role="alert">
          {error ?? loadError}
        </p>
      )}
      {editable && <ReplyForm key={form.key} initial={form.draft} focusTitle={form.focus} save={save} />}
      <h3>Library</h3>
      <LibraryFilters filter={filter} tags={ordered.tags} onChange={changeFilter} searchRef={search} countId={COUNT_ID} />
      <p id={COUNT_ID} class="bp-count" aria-live="polite">
        {library === null
          ? 'Loading…'
          : total === 0
            ? `No replies yet. Until the team has its own, the reply assistant offers Carebar’s ${STARTER_LIBRARY.length} starter replies.`
            : `${matches.length === total ? `${total.toLocaleString('en')} replies` : `${matches.length.toLocaleString('en')} of ${total.toLocaleString('en')} replies match`}${visible.length < matches.length ? `, the first ${visible.length.toLocaleString('en')} shown` : ''}.`}
      </p>
      <ReplyList replies={visible} favouriteAt={favouriteAt} favouriteCount={ordered.favourites} act={(reply, action) => void act(reply, action)} editable={editable} />
      {visible.length < matches.length && (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          Show {Math.min(PAGE, matches.length - visible.length)} more
        </button>
      )}
    </section>
  );
}
