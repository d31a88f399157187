import { useMemo } from 'preact/hooks';
import { FieldError, fieldAttrs, Hint, ReadOnlyNote, SaveBar } from './fields';
import { slaDraft, slaFormSchema, WEEKDAYS, type DayDraft } from './forms';
import { useDraft } from './useDraft';
import { useSubmit } from './useSubmit';
import type { SectionProps } from './types';
import { CODE_LABELS, CODES } from '../../../lib/text/code-labels';


export interface SlaSectionProps extends SectionProps {
  /** The zones this browser knows (`Intl.supportedValuesOf('timeZone')`). */
  timeZones: readonly string[];
}

/** Minutes to respond per code, the monitoring hours the clock runs in, and the away message. */
export function SlaSection({ policy, readOnly, save, timeZones }: SlaSectionProps) {
  // The stored zone stays choosable even if this browser does not list it (UTC, an old alias).
  const zones = useMemo(() => [...new Set([...timeZones, policy.hours.timeZone])].sort(), [timeZones, policy.hours.timeZone]);
  const schema = useMemo(() => slaFormSchema(new Set(zones)), [zones]);
  const form = useDraft(slaDraft(policy), schema);
  const { draft } = form;

  const setDay = (day: number, change: Partial<DayDraft>, field: string) =>
    form.edit(field, (d) => ({ ...d, days: d.days.map((entry) => (entry.day === day ? { ...entry, ...change } : entry)) }));

  const { status, submit } = useSubmit(form.attempt, async (part) => {
    const saved = await save(part);
    form.reset(slaDraft(saved));
    return 'SLAs saved. Countdowns in the sidebar follow them now.';
  });

  const daysError = form.error('days');
  const zoneError = form.error('timeZone');
  const awayError = form.error('awayMessage');
  return (
    <section class="options policy" aria-labelledby="sla-title">
      <h2 id="sla-title">SLAs</h2>
      {readOnly && <ReadOnlyNote />}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset class="policy__plain" disabled={readOnly}>
          <fieldset class="policy__group" aria-describedby="sla-minutes-hint">
            <legend>Minutes to respond</legend>
            <Hint id="sla-minutes">Counted only in monitoring hours; 0 means at once, day or night.</Hint>
            <div class="policy__codes">
              {CODES.map((code) => {
                const id = `sla-${code}`;
                const error = form.error(`minutes.${code}`);
                return (
                  <div key={code} class="policy__field">
                    <label for={id}>{CODE_LABELS[code]}</label>
                    <input
                      type="text"
                      inputMode="numeric"
                      class="policy__short"
                      value={draft.minutes[code]}
                      {...fieldAttrs(id, error)}
                      onInput={(e) => form.edit(`minutes.${code}`, (d) => ({ ...d, minutes: { ...d.minutes, [code]: e.currentTarget.value } }))}
                    />
                    <FieldError id={id} error={error} />
                  </div>
                );
              })}
            </div>
          </fieldset>

          <fieldset class="policy__group" aria-describedby={['sla-days-hint', daysError ? 'sla-days-error' : ''].filter(Boolean).join(' ')}>
            <legend>Monitoring hours</legend>
            <Hint id="sla-days">The same time twice means all day; a “to” before “from” runs past midnight.</Hint>
            <table class="policy__days">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                </tr>
              </thead>
              <tbody>
                {draft.days.map((entry) => {
                  const name = WEEKDAYS[entry.day] ?? '';
                  return (
                    <tr key={entry.day}>
                      <th scope="row">
                        <label class="policy__choice">
                          <input type="checkbox" checked={entry.on} onChange={(e) => setDay(entry.day, { on: e.currentTarget.checked }, 'days')} />
                          {name}
                        </label>
                      </th>
                      {(['from', 'to'] as const).map((edge) => {
                        const id = `sla-day-${entry.day}-${edge}`;
                        const error = form.error(`days.${entry.day}.${edge}`);
                        return (
                          <td key={edge}>
                            <input
                              type="time"
                              value={entry[edge]}
                              disabled={!entry.on}
                              aria-label={`${name} ${edge}`}
                              {...fieldAttrs(id, error)}
                              onInput={(e) => setDay(entry.day, { [edge]: e.currentTarget.value }, `days.${entry.day}.${edge}`)}
                            />
                            <FieldError id={id} error={error} />
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <FieldError id="sla-days" error={daysError} />
          </fieldset>

          <div class="policy__field">
            <label for="sla-zone">Time zone</label>
            <select value={draft.timeZone} {...fieldAttrs('sla-zone', zoneError)} onChange={(e) => form.edit('timeZone', (d) => ({ ...d, timeZone: e.currentTarget.value }))}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
            <FieldError id="sla-zone" error={zoneError} />
          </div>

          <div class="policy__field">
            <label for="sla-away">Away message</label>
            <Hint id="sla-away">What to post outside monitoring hours. Empty: none.</Hint>
            <textarea rows={3} value={draft.awayMessage} {...fieldAttrs('sla-away', awayError, true)} onInput={(e) => form.edit('awayMessage', (d) => ({ ...d, awayMessage: e.currentTarget.value }))} />
            <FieldError id="sla-away" error={awayError} />
          </div>
        </fieldset>
        <SaveBar label="Save SLAs" readOnly={readOnly} status={status} />
      </form>
    </section>
  );
}
