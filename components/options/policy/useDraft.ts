import { useMemo, useState } from 'preact/hooks';
import type { z } from 'zod';
import { errorsByField } from './forms';

export interface Draft<D, T> {
  draft: D;
  /** Changes the draft and marks `field` as typed in, so its message shows from now on. */
  edit: (field: string, change: (draft: D) => D) => void;
  /** The message to show beside a field: once it was typed in, or after a save was tried. */
  error: (field: string) => string | undefined;
  /** Call on save: every message shows; the parsed value when there is none. */
  attempt: () => T | undefined;
  reset: (draft: D) => void;
}

/**
 * A form's fields as typed, checked with `schema` on every change; a field's message shows once
 * it has been typed in (an empty new row is not an error until a save is tried).
 */
export function useDraft<D, T>(initial: D, schema: z.ZodType<T, D>): Draft<D, T> {
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const result = useMemo(() => schema.safeParse(draft), [schema, draft]);
  const errors = useMemo(() => errorsByField(result.error), [result]);
  return {
    draft,
    edit: (field, change) => {
      setDraft(change);
      if (!touched.has(field)) setTouched(new Set([...touched, field]));
    },
    error: (field) => (attempted || touched.has(field) ? errors.get(field) : undefined),
    attempt: () => {
      setAttempted(true);
      return result.success ? result.data : undefined;
    },
    reset: (next) => {
      setDraft(next);
      setTouched(new Set());
      setAttempted(false);
    },
  };
}
