import { useState } from 'preact/hooks';
import { FieldError, fieldAttrs, Hint, ReadOnlyNote, SaveBar } from './fields';
import { peopleDraft, peopleFormSchema, type ContactDraft } from './forms';
import { handlesInFile } from './handle-list';
import { RowList } from './RowList';
import { useDraft } from './useDraft';
import { useSubmit } from './useSubmit';
import type { SectionProps } from './types';

const EMPTY_CONTACT: ContactDraft = { name: '', role: '', reach: '', hours: '' };
const CONTACT_FIELDS = [
  { field: 'name', label: 'Name' },
  { field: 'role', label: 'Role (optional)' },
  { field: 'reach', label: 'How to reach' },
  { field: 'hours', label: 'Hours (optional)' },
] as const;

/** VIP handles, the influencer threshold and who Red and Orange posts are escalated to. */
export function PeopleSection({ policy, readOnly, save }: SectionProps) {
  const form = useDraft(peopleDraft(policy), peopleFormSchema);
  const { draft } = form;
  const [imported, setImported] = useState('');

  const importList = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const handles = handlesInFile(await file.text(), file.name);
      form.edit('vipText', (d) => ({ ...d, vipText: [d.vipText.trimEnd(), ...handles].filter(Boolean).join('\n') }));
      setImported(handles.length === 0 ? `No handles found in ${file.name}.` : `Added ${handles.length} lines from ${file.name}; repeats are kept once. Save to keep them.`);
    } catch (error) {
      setImported(`Could not read ${file.name}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      input.value = '';
    }
  };

  const { status, submit } = useSubmit(form.attempt, async (part) => {
    const saved = await save(part);
    form.reset(peopleDraft(saved));
    setImported('');
    return `People saved: ${saved.vipHandles.length} VIP handles, ${saved.contacts.length} escalation contacts.`;
  });

  const vipError = form.error('vipText');
  const influencerError = form.error('influencer');
  return (
    <section class="options policy" aria-labelledby="people-title">
      <h2 id="people-title">People</h2>
      {readOnly && <ReadOnlyNote />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset class="policy__plain" disabled={readOnly}>
          <div class="policy__field">
            <label for="people-vips">VIP handles</label>
            <Hint id="people-vips">One a line: @handle for X, or network:@handle (instagram:@priya.r).</Hint>
            <textarea rows={6} value={draft.vipText} {...fieldAttrs('people-vips', vipError, true)} onInput={(e) => form.edit('vipText', (d) => ({ ...d, vipText: e.currentTarget.value }))} />
            <FieldError id="people-vips" error={vipError} />
          </div>
          <div class="policy__field">
            <label for="people-vip-file">Import a list</label>
            <Hint id="people-vip-file">A .txt with one handle a line, or a .csv whose first column holds them.</Hint>
            <input type="file" id="people-vip-file" accept=".txt,.csv,text/plain,text/csv" aria-describedby="people-vip-file-hint" onChange={(e) => void importList(e.currentTarget)} />
            <p role="status">{imported}</p>
          </div>

          <div class="policy__field">
            <label for="people-influencer">Influencer threshold (followers)</label>
            <Hint id="people-influencer">Authors with at least this many followers are flagged VIP. Empty: 10,000.</Hint>
            <input type="text" inputMode="numeric" class="policy__short" value={draft.influencer} {...fieldAttrs('people-influencer', influencerError, true)} onInput={(e) => form.edit('influencer', (d) => ({ ...d, influencer: e.currentTarget.value }))} />
            <FieldError id="people-influencer" error={influencerError} />
          </div>

          <h3 id="people-contacts-title">Escalation contacts</h3>
          <p class="policy__hint">Named in the sidebar on Red and Orange posts.</p>
          <RowList
            idPrefix="people-contact"
            titleId="people-contacts-title"
            noun="contact"
            addLabel="Add a contact"
            fields={CONTACT_FIELDS}
            rows={draft.contacts}
            empty={EMPTY_CONTACT}
            path="contacts"
            error={form.error}
            edit={(field, change) => form.edit(field, (d) => ({ ...d, contacts: change(d.contacts) }))}
          />
        </fieldset>
        <SaveBar label="Save people" readOnly={readOnly} status={status} />
      </form>
    </section>
  );
}
