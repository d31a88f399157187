import { useEffect, useRef } from 'preact/hooks';
import type { DuplicateChoice, ImportPlan, ImportPreview, ImportRow } from '../../../lib/boilerplate/transfer';
import { replyLength } from '../../../lib/tone/length';

/** Enough to check a file by eye; the summary counts them all. */
const ROWS_SHOWN = 100;
const PROBLEMS_SHOWN = 200;

export interface LibraryTransferPreviewProps {
  fileName: string;
  preview: ImportPreview;
  plan: ImportPlan;
  choices: ReadonlyMap<number, DuplicateChoice>;
  onChoose: (lines: readonly number[], choice: DuplicateChoice) => void;
  skipErrors: boolean;
  onSkipErrors: (skip: boolean) => void;
  busy: boolean;
  onImport: () => void;
  onCancel: () => void;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/** Rows with at least one error: what "skip the rows with errors" leaves out. */
export function errorRowCount(preview: ImportPreview): number {
  return new Set(preview.errors.map((error) => error.line)).size;
}

function duplicateText(row: ImportRow): string {
  if (row.duplicate?.of === 'library') return `same title as “${row.duplicate.title}” in the library`;
  return `same title as line ${row.duplicate?.line ?? ''} of this file`;
}

/** What an import would do, shown before anything is stored; nothing changes until "Import". */
export function LibraryTransferPreview({ fileName, preview, plan, choices, onChoose, skipErrors, onSkipErrors, busy, onImport, onCancel }: LibraryTransferPreviewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [preview]);

  const duplicates = preview.rows.filter((row) => row.duplicate !== undefined);
  const errorRows = errorRowCount(preview);
  const blockedByErrors = errorRows > 0 && !skipErrors;
  const count = plan.records.length;
  const canImport = count > 0 && !blockedByErrors && !busy;
  const unit = preview.format === 'csv' ? 'Line' : 'Reply at line';

  return (
    <div class="transfer__preview" role="group" aria-labelledby="transfer-preview-title">
      <h3 id="transfer-preview-title" tabIndex={-1} ref={heading}>
        Preview of {fileName}
      </h3>
      <p>
        {plural(preview.rows.length, 'reply', 'replies')} read, {plural(errorRows, 'row')} with errors, {plural(duplicates.length, 'duplicate')}. Nothing is stored until you
        import.
      </p>

      {preview.rows.length > 0 && (
        <div class="transfer__table-wrap">
          <table class="transfer__table">
            <caption>
              Replies read{preview.rows.length > ROWS_SHOWN ? `, the first ${ROWS_SHOWN} of ${preview.rows.length.toLocaleString('en')}` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Title</th>
                <th scope="col">Codes</th>
                <th scope="col">Tags</th>
                <th scope="col">Length</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.slice(0, ROWS_SHOWN).map((row) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <th scope="row">{row.record.title}</th>
                  <td>{row.record.codes.join(', ')}</td>
                  <td>{row.record.tags.join(', ')}</td>
                  <td>{replyLength(row.record.body, 'x').length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {preview.errors.length > 0 && (
        <>
          <h4 id="transfer-errors-title">Rows with errors</h4>
          <ul class="transfer__errors" aria-labelledby="transfer-errors-title">
            {preview.errors.slice(0, PROBLEMS_SHOWN).map((error, i) => (
              <li key={i}>
                {unit} {error.line}: {error.message}
              </li>
            ))}
          </ul>
          {preview.errors.length > PROBLEMS_SHOWN && <p>and {plural(preview.errors.length - PROBLEMS_SHOWN, 'more error')}.</p>}
        </>
      )}

      {duplicates.length > 0 && (
        <>
          <h4 id="transfer-duplicates-title">Duplicates</h4>
          <p>A reply whose title is already taken is skipped, unless you choose to let it replace the other.</p>
          <div class="transfer__actions">
            <button type="button" onClick={() => onChoose(duplicates.map((row) => row.line), 'skip')}>
              Skip all duplicates
            </button>
            <button type="button" onClick={() => onChoose(duplicates.map((row) => row.line), 'replace')}>
              Import all duplicates as replacements
            </button>
          </div>
          <ul class="transfer__duplicates" aria-labelledby="transfer-duplicates-title">
            {duplicates.slice(0, PROBLEMS_SHOWN).map((row) => {
              const choice = choices.get(row.line) ?? 'skip';
              const name = `transfer-duplicate-${row.line}`;
              return (
                <li key={row.line}>
                  <fieldset>
                    <legend>
                      {unit} {row.line}: “{row.record.title}”, {duplicateText(row)}
                    </legend>
                    <label>
                      <input type="radio" name={name} checked={choice === 'skip'} onChange={() => onChoose([row.line], 'skip')} /> Skip
                    </label>
                    <label>
                      <input type="radio" name={name} checked={choice === 'replace'} onChange={() => onChoose([row.line], 'replace')} /> Replace
                    </label>
                  </fieldset>
                </li>
              );
            })}
          </ul>
          {duplicates.length > PROBLEMS_SHOWN && <p>The other {plural(duplicates.length - PROBLEMS_SHOWN, 'duplicate')} follow the last “all duplicates” choice (skip until you choose).</p>}
        </>
      )}

      {errorRows > 0 && preview.rows.length > 0 && (
        <p class="transfer__skip">
          <label>
            <input type="checkbox" checked={skipErrors} aria-describedby="transfer-import-hint" onChange={(event) => onSkipErrors(event.currentTarget.checked)} /> Skip the rows with errors
          </label>
        </p>
      )}
      <p id="transfer-import-hint" class="options__hint">
        {preview.rows.length === 0
          ? 'There is nothing in this file to import.'
          : blockedByErrors
            ? `Tick “Skip the rows with errors” to import the other replies, or fix the file and choose it again.`
            : count === 0
              ? 'Every reply in this file is a duplicate you chose to skip.'
              : `${plural(plan.records.length - plan.replace.length, 'new reply', 'new replies')}, ${plan.replace.length.toLocaleString('en')} replaced, ${plural(plan.skipped + errorRows, 'row')} skipped.`}
      </p>
      <div class="transfer__actions">
        <button type="button" disabled={!canImport} aria-describedby="transfer-import-hint" onClick={onImport}>
          Import {plural(count, 'reply', 'replies')}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
