import { useEffect, useRef, useState } from 'preact/hooks';
import type { SendMessage } from '../../lib/messages/send';
import { describeDue, PRESETS, presetDue, type Preset } from '../../lib/time/due';

export interface ReminderFormProps {
  send: SendMessage;
  onSet: (dueAt: number, body: string) => Promise<boolean>;
}

type Due = { ok: true; dueAt: number } | { ok: false; reason: string } | null;

/**
 * "Remind me": a time in words or a preset, shown as the time it means before anything is
 * saved. Words are read by the background, where the date parser lives.
 */
export function ReminderForm({ send, onSet }: ReminderFormProps) {
  const [when, setWhen] = useState('');
  const [body, setBody] = useState('');
  const [due, setDue] = useState<Due>(null);
  const [preset, setPreset] = useState<Preset | null>(null);
  const asked = useRef(0);

  useEffect(() => {
    if (preset !== null) return;
    if (when.trim() === '') {
      setDue(null);
      return;
    }
    const ticket = ++asked.current;
    send('due/parse', { text: when, now: Date.now() }).then(
      (result) => ticket === asked.current && setDue(result),
      () => ticket === asked.current && setDue({ ok: false, reason: 'Carebar could not read that time.' }),
    );
  }, [when, preset, send]);

  const pick = (chosen: Preset) => {
    // A preset is a time already: no answer to earlier typing may replace it.
    asked.current += 1;
    setPreset(chosen);
    setWhen(PRESETS[chosen].toLowerCase());
    setDue({ ok: true, dueAt: presetDue(chosen, Date.now()) });
  };
  const type = (text: string) => {
    setPreset(null);
    setWhen(text);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!due?.ok) {
      setDue(due ?? { ok: false, reason: 'Type when, for example "in 2h" or "tomorrow 9am".' });
      return;
    }
    if (await onSet(due.dueAt, body)) {
      setPreset(null);
      setWhen('');
      setBody('');
    }
  };

  return (
    <form class="remind" onSubmit={(e) => void submit(e)}>
      <label class="field">
        <span class="field__label">Remind me</span>
        <input type="text" value={when} placeholder="in 2h, tomorrow 9am, friday 14:00" onInput={(e) => type(e.currentTarget.value)} />
      </label>
      <div class="presets" role="group" aria-label="Quick times">
        {(Object.keys(PRESETS) as Preset[]).map((key) => (
          <button key={key} type="button" class="chip-button" aria-pressed={preset === key} onClick={() => pick(key)}>
            {PRESETS[key]}
          </button>
        ))}
      </div>
      <p class={due?.ok === false ? 'remind__preview remind__preview--bad' : 'remind__preview'} aria-live="polite">
        {due === null ? '' : due.ok ? `Due ${describeDue(due.dueAt, Date.now())}` : due.reason}
      </p>
      <label class="field">
        <span class="field__label">Reminder note</span>
        <input type="text" value={body} placeholder="what to follow up (optional)" onInput={(e) => setBody(e.currentTarget.value)} />
      </label>
      <button type="submit" class="button">
        Set reminder
      </button>
    </form>
  );
}
