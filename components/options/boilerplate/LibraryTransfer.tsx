import { useMemo, useRef, useState } from 'preact/hooks';
import { importPlan, libraryCsv, libraryJson, readLibraryFile, type DuplicateChoice, type ImportPreview } from '../../../lib/boilerplate/transfer';
import type { SendMessage } from '../../../lib/messages/send';
import { errorText } from '../../records/useCustomer';
import { errorRowCount, LibraryTransferPreview } from './LibraryTransferPreview';
import { LIBRARY_CHANGED_EVENT } from './useLibrary';
import { useTeamRole } from '../policy/useTeamRole';

export interface LibraryTransferProps {
  send: SendMessage;
  now?: () => number;
}

interface Chosen {
  fileName: string;
  preview: ImportPreview;
}

function download(text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/** The reply library to and from a file: CSV for spreadsheets, JSON for keeping or moving. */
export function LibraryTransfer({ send, now = Date.now }: LibraryTransferProps) {
  // An agent of a team may export the team's library, not replace it.
  const editable = useTeamRole() !== 'agent';
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [choices, setChoices] = useState<ReadonlyMap<number, DuplicateChoice>>(new Map());
  const [skipErrors, setSkipErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const plan = useMemo(() => (chosen ? importPlan(chosen.preview.rows, choices) : null), [chosen, choices]);

  const exportAs = async (format: 'csv' | 'json') => {
    try {
      const { library } = await send('boilerplate/export', {});
      const day = new Date(now()).toISOString().slice(0, 10);
      if (format === 'csv') download(libraryCsv(library), 'text/csv;charset=utf-8', `carebar-replies-${day}.csv`);
      else download(libraryJson(library), 'application/json', `carebar-replies-${day}.json`);
      setError(null);
      setStatus(
        library.length === 0
          ? 'The library is empty, so the file holds no replies (a CSV has just its header row, to fill in). Until the team has replies, the reply assistant offers the starter ones.'
          : `Exported ${count(library.length, 'reply', 'replies')} as ${format.toUpperCase()}.`,
      );
    } catch (e) {
      setError(`Nothing was exported. ${errorText(e)}`);
    }
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const [text, { library }] = await Promise.all([file.text(), send('boilerplate/export', {})]);
      setChosen({ fileName: file.name, preview: readLibraryFile(text, file.name, { existing: library, now: now() }) });
      setChoices(new Map());
      setSkipErrors(false);
      setStatus('');
      setError(null);
    } catch (e) {
      setError(`That file could not be read. ${errorText(e)}`);
    } finally {
      input.value = '';
    }
  };

  const choose = (lines: readonly number[], choice: DuplicateChoice) => {
    setChoices((previous) => {
      const next = new Map(previous);
      for (const line of lines) next.set(line, choice);
      return next;
    });
  };

  const close = (message: string) => {
    setChosen(null);
    setStatus(message);
    fileInput.current?.focus();
  };

  const confirm = async () => {
    if (!chosen || !plan || plan.records.length === 0) return;
    setBusy(true);
    try {
      const { added, replaced } = await send('boilerplate/import', { records: plan.records, replace: plan.replace });
      const skipped = plan.skipped + errorRowCount(chosen.preview);
      setError(null);
      close(`Imported: ${count(added, 'reply', 'replies')} added, ${replaced.toLocaleString('en')} replaced, ${count(skipped, 'row', 'rows')} skipped.`);
      window.dispatchEvent(new CustomEvent(LIBRARY_CHANGED_EVENT));
    } catch (e) {
      setError(`Nothing was imported. ${errorText(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="options transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Import and export replies</h2>
      <p id="transfer-format">
        CSV with a header row: <code>title</code>, <code>body</code> (both required), <code>shortBody</code>, <code>tags</code>, <code>codes</code>, <code>categories</code>,{' '}
        <code>networks</code>. Separate several tags, codes, categories or networks with <code>;</code> or <code>|</code>. JSON: a list of replies with the same fields, or a
        Carebar backup. A title already in the library is a duplicate: you choose to skip or replace it.
      </p>
      <div class="options__actions">
        <button type="button" onClick={() => void exportAs('csv')}>
          Export as CSV
        </button>
        <button type="button" onClick={() => void exportAs('json')}>
          Export as JSON
        </button>
        {editable && (
          <label class="options__file">
            Import replies (CSV or JSON)
            <input ref={fileInput} type="file" accept=".csv,text/csv,.json,application/json,.tsv,.txt" aria-describedby="transfer-format" onChange={(e) => void readFile(e.currentTarget)} />
          </label>
        )}
      </div>
      {chosen && plan && (
        <LibraryTransferPreview
          fileName={chosen.fileName}
          preview={chosen.preview}
          plan={plan}
          choices={choices}
          onChoose={choose}
          skipErrors={skipErrors}
          onSkipErrors={setSkipErrors}
          busy={busy}
          onImport={() => void confirm()}
          onCancel={() => close('Import cancelled: nothing changed.')}
        />
      )}
      <p role="status">{status}</p>
      {error !== null && (
        <p class="options__error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
