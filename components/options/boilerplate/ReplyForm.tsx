import { useEffect, useRef, useState } from 'preact/hooks';
import { templateProblems } from '../../../lib/boilerplate/placeholders';
import type { ReplyInput } from '../../../lib/db/boilerplate';
import { triageCodeSchema, type Boilerplate } from '../../../lib/sync/records';
import { checkDraft, draftOf, NETWORK_LABELS, NETWORKS, type DraftField, type ReplyDraft } from './reply-draft';
import { ReplyPreview, SAMPLE_VALUES } from './ReplyPreview';
import { TextField } from './TextField';
import { CODE_LABELS } from '../../../lib/text/code-labels';

export interface ReplyFormProps {
  initial: ReplyDraft;
  /** Put the cursor in Title when the form appears (after "New reply" or "Edit"). */
  focusTitle: boolean;
  /** Resolves to the stored reply, or null when saving failed (the panel says why). */
  save: (input: ReplyInput) => Promise<Boilerplate | null>;
}

const FIELD_IDS: Readonly<Record<DraftField, string>> = { title: 'bp-title', body: 'bp-body', tags: 'bp-tags', shortBody: 'bp-short' };
const SAMPLE_LIST = Object.entries(SAMPLE_VALUES)
  .map(([name, value]) => `{${name}} ${value}`)
  .join(', ');

/** The reply being written or edited, checked as it is typed. */
export function ReplyForm({ initial, focusTitle, save }: ReplyFormProps) {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const title = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);

  const checked = checkDraft(draft);
  const errorOf = (field: DraftField) => (!checked.ok && (attempted || touched.has(field)) ? checked.errors[field] : undefined);
  const edit = <K extends keyof ReplyDraft>(key: K, value: ReplyDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    if (key === 'title' || key === 'body' || key === 'tags' || key === 'shortBody') setTouched((fields) => new Set(fields).add(key));
  };
  const toggle = <T extends string>(list: readonly T[], value: T, on: boolean): T[] => (on ? [...list, value] : list.filter((item) => item !== value));

  const submit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    if (!checked.ok) {
      const first = (Object.keys(FIELD_IDS) as DraftField[]).find((field) => checked.errors[field] !== undefined);
      if (first) document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    const saved = await save(checked.input);
    if (saved) {
      setDraft(draftOf(saved));
      setTouched(new Set());
      setAttempted(false);
    }
  };

  const field = (name: DraftField) => ({ id: FIELD_IDS[name], value: draft[name], error: errorOf(name), onInput: (value: string) => edit(name, value) });
  const bodyProblems = templateProblems(draft.body).map((problem) => problem.message);
  const shortProblems = templateProblems(draft.shortBody).map((problem) => problem.message);

  return (
    <form class="bp-form" aria-labelledby="bp-form-title" noValidate onSubmit={(event) => void submit(event)}>
      <h3 id="bp-form-title">{draft.id === undefined ? 'New reply' : 'Edit reply'}</h3>
      <TextField {...field('title')} label="Title" inputRef={title} />
      <TextField {...field('body')} label="Reply text" rows={5} hint="Placeholders: {name}, {handle}, {agent}, {link}, {ticket}. Write {{ or }} for a brace as text." warnings={bodyProblems} />
      <ReplyPreview label={`Preview, with ${SAMPLE_LIST}`} template={draft.body} />
      <TextField {...field('tags')} label="Tags" hint="Separated by commas: “billing, refund”." />
      <fieldset class="bp-choices">
        <legend>Fits codes</legend>
        {triageCodeSchema.options.map((code) => (
          <label key={code}>
            <input type="checkbox" checked={draft.codes.includes(code)} onChange={(event) => edit('codes', toggle(draft.codes, code, event.currentTarget.checked))} />
            {CODE_LABELS[code]}
          </label>
        ))}
      </fieldset>
      <fieldset class="bp-choices" aria-describedby="bp-networks-hint">
        <legend>Networks</legend>
        <p class="options__hint" id="bp-networks-hint">
          None ticked: every network.
        </p>
        {NETWORKS.map((network) => (
          <label key={network}>
            <input type="checkbox" checked={draft.networks.includes(network)} onChange={(event) => edit('networks', toggle(draft.networks, network, event.currentTarget.checked))} />
            {NETWORK_LABELS[network]}
          </label>
        ))}
      </fieldset>
      <TextField {...field('shortBody')} label="Short variant" rows={2} hint="Optional: a shorter version for tight limits." warnings={shortProblems} />
      {draft.shortBody.trim() !== '' && <ReplyPreview label="Preview of the short variant" template={draft.shortBody} />}
      <div class="options__actions">
        <button type="submit">Save</button>
      </div>
    </form>
  );
}
