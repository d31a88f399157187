import type { ComponentChildren } from 'preact';

/** What ties a field to its hint and its message, so a screen reader reads both on focus. */
export function fieldAttrs(id: string, error: string | undefined, hint = false) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined };
}

export function Hint({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <p class="policy__hint" id={`${id}-hint`}>
      {children}
    </p>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p class="policy__error" id={`${id}-error`}>
      {error}
    </p>
  );
}

export interface SaveStatusValue {
  ok: boolean;
  text: string;
}

/** The outcome of a save, read out when it changes. */
function SaveStatus({ status }: { status: SaveStatusValue | null }) {
  return (
    <p class={status?.ok === false ? 'policy__status policy__error' : 'policy__status'} role="status">
      {status?.text ?? ''}
    </p>
  );
}

/** A section's save button (none when read-only) and the outcome of its last save. */
export function SaveBar({ label, readOnly, status }: { label: string; readOnly: boolean; status: SaveStatusValue | null }) {
  return (
    <>
      {!readOnly && <button type="submit">{label}</button>}
      <SaveStatus status={status} />
    </>
  );
}

/** Shown instead of a save button when this browser is an agent of a team. */
export function ReadOnlyNote() {
  return <p class="policy__note">Your team’s manager sets these. You are connected as an agent, so they are read-only here.</p>;
}
