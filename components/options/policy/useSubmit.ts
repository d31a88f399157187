import { useState } from 'preact/hooks';
import type { SaveStatusValue } from './fields';

/**
 * A section's save: nothing is stored while a field is wrong; otherwise `store` keeps the value and
 * says what was saved, or rejects with why not. Either way the outcome is kept for `SaveBar`.
 */
export function useSubmit<T>(attempt: () => T | undefined, store: (value: T) => Promise<string>) {
  const [status, setStatus] = useState<SaveStatusValue | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const value = attempt();
    if (value === undefined) {
      setStatus({ ok: false, text: 'Not saved: fix the fields marked above.' });
      return;
    }
    try {
      setStatus({ ok: true, text: await store(value) });
    } catch (error) {
      setStatus({ ok: false, text: `Not saved. ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return { status, submit };
}
