import { TONE_RULES } from '../../../lib/tone/rules';
import { FieldError, fieldAttrs, Hint, ReadOnlyNote, SaveBar } from './fields';
import { toneDraft, toneFormSchema } from './forms';
import { RowList } from './RowList';
import { useDraft } from './useDraft';
import { useSubmit } from './useSubmit';
import type { SectionProps } from './types';

const EMPTY_PHRASE = { phrase: '', replacement: '', reason: '' };
const PHRASE_FIELDS = [
  { field: 'phrase', label: 'Phrase' },
  { field: 'replacement', label: 'Replacement (optional)' },
  { field: 'reason', label: 'Reason (optional)' },
] as const;

/** Phrases to avoid, the sign-off, the voice, the reading level and which built-in checks run. */
export function ToneRulesSection({ policy, readOnly, save }: SectionProps) {
  const form = useDraft(toneDraft(policy.tone), toneFormSchema);
  const { draft } = form;
  const toggleRule = (id: string, on: boolean) =>
    form.edit('rulesOff', (d) => ({ ...d, rulesOff: on ? d.rulesOff.filter((rule) => rule !== id) : [...d.rulesOff, id] }));

  const { status, submit } = useSubmit(form.attempt, async (tone) => {
    const saved = await save({ tone });
    form.reset(toneDraft(saved.tone));
    return 'Tone rules saved. The reply assistant uses them from the next reply.';
  });

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
          <RowList
            idPrefix="tone-avoid"
            titleId="tone-avoid-title"
            noun="phrase to avoid"
            addLabel="Add a phrase"
            fields={PHRASE_FIELDS}
            rows={draft.avoid}
            empty={EMPTY_PHRASE}
            path="avoid"
            error={form.error}
            edit={(field, change) => form.edit(field, (d) => ({ ...d, avoid: change(d.avoid) }))}
          />

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
        <SaveBar label="Save tone rules" readOnly={readOnly} status={status} />
      </form>
    </section>
  );
}
