import type { Ref } from 'preact';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** A textarea of this many rows; a one-line input without. */
  rows?: number;
  hint?: string;
  /** Shown beside the field, which is then marked invalid. */
  error?: string;
  /** Warnings that do not stop a save (a misspelt placeholder is kept as the text it is). */
  warnings?: readonly string[];
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled field with its hint, error and warnings beside it, all read out with it. */
export function TextField({ id, label, value, onInput, rows, hint, error, warnings = [], inputRef }: TextFieldProps) {
  const described = [hint && `${id}-hint`, error && `${id}-error`, warnings.length > 0 && `${id}-warnings`].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    'aria-invalid': error !== undefined,
    'aria-describedby': described || undefined,
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="bp-field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="options__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {rows === undefined ? <input type="text" ref={inputRef} {...common} /> : <textarea rows={rows} {...common} />}
      {error && (
        <p class="options__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {warnings.length > 0 && (
        <ul class="bp-warnings" id={`${id}-warnings`}>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
