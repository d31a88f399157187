import { useEffect, useState } from 'preact/hooks';
import { FieldError, fieldAttrs } from './fields';

interface RowListProps<F extends string> {
  /** Inputs get `${idPrefix}-${row}-${field}`, the add button `${idPrefix}-add`. */
  idPrefix: string;
  /** The heading that names the list. */
  titleId: string;
  /** What one row is, lower case ("contact"): it names each row and its remove button. */
  noun: string;
  addLabel: string;
  fields: readonly { field: F; label: string }[];
  rows: readonly Record<F, string>[];
  empty: Record<F, string>;
  /** Where the rows sit in the draft ("contacts"), for field paths like "contacts.2.name". */
  path: string;
  error: (field: string) => string | undefined;
  /** Changes the rows in the draft, marking `field` as typed in. */
  edit: (field: string, change: (rows: Record<F, string>[]) => Record<F, string>[]) => void;
}

/** Rows of text fields a user adds and removes; focus follows, to the new row or back to the add button. */
export function RowList<F extends string>({ idPrefix, titleId, noun, addLabel, fields, rows, empty, path, error, edit }: RowListProps<F>) {
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    if (focusId === null) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  const first = fields[0]?.field;
  const setField = (index: number, field: F, value: string) =>
    edit(`${path}.${index}.${field}`, (list) => list.map((row, i) => (i === index ? { ...row, [field]: value } : row)));
  const add = () => {
    edit(path, (list) => [...list, empty]);
    if (first !== undefined) setFocusId(`${idPrefix}-${rows.length}-${first}`);
  };
  const remove = (index: number) => {
    edit(path, (list) => list.filter((_, i) => i !== index));
    setFocusId(`${idPrefix}-add`);
  };
  const legend = noun.charAt(0).toUpperCase() + noun.slice(1);

  return (
    <>
      <ul class="policy__rows" aria-labelledby={titleId}>
        {rows.map((row, index) => (
          <li key={index}>
            <fieldset class="policy__row">
              <legend>{`${legend} ${index + 1}`}</legend>
              {fields.map(({ field, label }) => {
                const id = `${idPrefix}-${index}-${field}`;
                const message = error(`${path}.${index}.${field}`);
                return (
                  <div key={field} class="policy__field">
                    <label for={id}>{label}</label>
                    <input type="text" value={row[field]} {...fieldAttrs(id, message)} onInput={(e) => setField(index, field, e.currentTarget.value)} />
                    <FieldError id={id} error={message} />
                  </div>
                );
              })}
              <button type="button" aria-label={`Remove ${noun} ${index + 1}`} onClick={() => remove(index)}>
                Remove
              </button>
            </fieldset>
          </li>
        ))}
      </ul>
      <button type="button" id={`${idPrefix}-add`} onClick={add}>
        {addLabel}
      </button>
    </>
  );
}
