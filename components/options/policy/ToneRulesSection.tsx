import { useEffect, useState } from 'preact/hooks';
import { TONE_RULES } from '../../../lib/tone/rules';
import { FieldError, fieldAttrs, Hint, ReadOnlyNote, SaveStatus } from './fields';
import { toneDraft, toneFormSchema, type ToneDraft } from './forms';
import { useDraft } from './useDraft';
import type { SectionProps } from './types';

const EMPTY_PHRASE = { phrase: '', replacement: '', reason: '' };

/** Phrases to avoid, the sign-off, the voice, the reading level and which built-in checks run. */
export function ToneRulesSection({ policy, readOnly, save }: SectionProps) {
  const form = useDraft(toneDraft(policy.tone), toneFormSchema);
  const { draft } = form;
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const setRow = (index: number, field: 'phrase' | 'replacement' | 'reason', value: string) =>
    form.edit(`avoid.${index}.${field}`, (d) => ({ ...d, avoid: d.avoid.map((row, i) => (i === index ? { ...row, [field]: value } : row)) }));
  const addRow = () => {
    form.edit('avoid', (d) => ({ ...d, avoid: [...d.avoid, EMPTY_PHRASE] }));
    setFocusId(`tone-avoid-${draft.avoid.length}-phrase`);
  };
  const removeRow = (index: number) => {
    form.edit('avoid', (d) => ({ ...d, avoid: d.avoid.filter((_, i) => i !== index) }));
    setFocusId('tone-avoid-add');
  };
  const toggleRule = (id: string, on: boolean) =>
    form.edit('rulesOff', (d) => ({ ...d, rulesOff: on ? d.rulesOff.filter((rule) => rule !== id) : [...d.rulesOff, id] }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const tone = form.attempt();
    if (!tone) {
      setStatus({ ok: false, text: 'Not saved: fix the fields marked above.' });
      return;
    }
    try {
      const saved = await save({ tone });
      form.reset(toneDraft(saved.tone));
      setStatus({ ok: true, text: 'Tone rules saved. The reply assistant uses them from the next reply.' });
    } catch (error) {
      setStatus({ ok: false, text: `Not saved. ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  const signOffError = form.error('signOff');
  const gradeError = form.error('readingGrade');
  return (
    <section class="options policy" aria-labelledby="tone-title">
      <h2 id="tone-title">Tone rules</h2>
      {readOnly && <ReadOnlyNote />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset class="policy__plain" disabled={readOnly}>
          <h3 id="tone-avoid-title">Phrases to avoid</h3>
          {draft.avoid.length === 0 && <p class="policy__hint">None yet: the built-in checks still run.</p>}
          <ul class="policy__rows" aria-labelledby="tone-avoid-title">
            {draft.avoid.map((row, index) => (
              <AvoidRow key={index} index={index} row={row} error={(field) => form.error(`avoid.${index}.${field}`)} onChange={setRow} onRemove={removeRow} />
            ))}
          </ul>
          <button type="button" id="tone-avoid-add" onClick={addRow}>
            Add a phrase
          </button>

          <div class="policy__field">
            <label for="tone-sign-off">Required sign-off</label>
            <Hint id="tone-sign-off">Every reply must include it, like “^{'{agent}'}” or “– The Acme team”. Empty: none required.</Hint>
            <input type="text" value={draft.signOff} {...fieldAttrs('tone-sign-off', signOffError, true)} onInput={(e) => form.edit('signOff', (d) => ({ ...d, signOff: e.currentTarget.value }))} />
            <FieldError id="tone-sign-off" error={signOffError} />
          </div>

          <fieldset class="policy__group">
            <legend>Voice</legend>
            {(['casual', 'formal'] as const).map((voice) => (
              <label key={voice} class="policy__choice">
                <input type="radio" name="tone-voice" value={voice} checked={draft.voice === voice} onChange={() => form.edit('voice', (d) => ({ ...d, voice }))} />
                {voice === 'casual' ? 'Casual' : 'Formal'}
              </label>
            ))}
          </fieldset>

          <div class="policy__field">
            <label for="tone-grade">Reading-level target (school grade)</label>
            <Hint id="tone-grade">Replies above it are flagged as hard to read. Empty: grade 8.</Hint>
            <input type="text" inputMode="numeric" class="policy__short" value={draft.readingGrade} {...fieldAttrs('tone-grade', gradeError, true)} onInput={(e) => form.edit('readingGrade', (d) => ({ ...d, readingGrade: e.currentTarget.value }))} />
            <FieldError id="tone-grade" error={gradeError} />
          </div>

          <fieldset class="policy__group">
            <legend>Built-in checks</legend>
            {TONE_RULES.map((rule) => (
              <div key={rule.id} class="policy__check">
                <input type="checkbox" id={`tone-rule-${rule.id}`} checked={!draft.rulesOff.includes(rule.id)} aria-describedby={`tone-rule-${rule.id}-hint`} onChange={(e) => toggleRule(rule.id, e.currentTarget.checked)} />
                <label for={`tone-rule-${rule.id}`}>{rule.name}</label>
                <Hint id={`tone-rule-${rule.id}`}>{rule.description}</Hint>
              </div>
            ))}
          </fieldset>
        </fieldset>
        {!readOnly && <button type="submit">Save tone rules</button>}
        <SaveStatus status={status} />
      </form>
    </section>
  );
}

interface AvoidRowProps {
  index: number;
  row: ToneDraft['avoid'][number];
  error: (field: string) => string | undefined;
  onChange: (index: number, field: 'phrase' | 'replacement' | 'reason', value: string) => void;
  onRemove: (index: number) => void;
}

function AvoidRow({ index, row, error, onChange, onRemove }: AvoidRowProps) {
  const n = index + 1;
  const fields = [
    { field: 'phrase', label: 'Phrase' },
    { field: 'replacement', label: 'Replacement (optional)' },
    { field: 'reason', label: 'Reason (optional)' },
  ] as const;
  return (
    <li>
      <fieldset class="policy__row">
        <legend>Phrase to avoid {n}</legend>
        {fields.map(({ field, label }) => {
          const id = `tone-avoid-${index}-${field}`;
          const message = error(field);
          return (
            <div key={field} class="policy__field">
              <label for={id}>{label}</label>
              <input type="text" value={row[field]} {...fieldAttrs(id, message)} onInput={(e) => onChange(index, field, e.currentTarget.value)} />
              <FieldError id={id} error={message} />
            </div>
          );
        })}
        <button type="button" aria-label={`Remove phrase to avoid ${n}`} onClick={() => onRemove(index)}>
          Remove
        </button>
      </fieldset>
    </li>
  );
}
