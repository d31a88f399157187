import { useEffect, useState } from 'preact/hooks';
import type { SendMessage } from '../../lib/messages/send';
import { errorText } from '../records/useCustomer';

export interface DataPanelProps {
  send: SendMessage;
  /** The page's `navigator.storage`: asked to keep Carebar's data when the disk runs low. */
  storage: Pick<StorageManager, 'persist' | 'persisted'>;
}

/** Backups of everything Carebar keeps, and whether the browser promises to keep it. */
export function DataPanel({ send, storage }: DataPanelProps) {
  const [persistent, setPersistent] = useState<boolean | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => setPersistent((await storage.persisted()) || (await storage.persist())))().catch(() => setPersistent(false));
  }, [storage]);

  const exportAll = async () => {
    try {
      const backup = await send('data/export', {});
      const url = URL.createObjectURL(new Blob([JSON.stringify(backup)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `carebar-backup-${new Date(backup.exportedAt).toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(url);
      setError(null);
      setMessage(`Exported ${backup.notes.length} notes, ${backup.reminders.length} reminders and ${backup.handoffs.length} hand-offs.`);
    } catch (e) {
      setError(errorText(e));
    }
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    try {
      const counts = await send('data/import', { text: await file.text() });
      setError(null);
      setMessage(`Imported ${counts.notes} notes, ${counts.reminders} reminders and ${counts.handoffs} hand-offs (${counts.boilerplate} replies, ${counts.policy} policy). Nothing already stored and newer was replaced.`);
    } catch (e) {
      setMessage('');
      setError(`Nothing was imported. ${errorText(e)}`);
    } finally {
      input.value = '';
    }
  };

  return (
    <main class="options">
      <h1>Carebar</h1>
      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p>Notes, reminders, hand-offs and the team’s replies live in this browser. Keep a backup, or move them to another browser.</p>
        <p class="options__storage">
          {persistent === null ? '' : persistent ? 'The browser keeps this data even when the disk runs low.' : 'The browser may clear this data when the disk runs low: keep backups.'}
        </p>
        <div class="options__actions">
          <button type="button" onClick={() => void exportAll()}>
            Export everything
          </button>
          <label class="options__file">
            Import a backup
            <input type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
          </label>
        </div>
        <p aria-live="polite">{message}</p>
        {error !== null && (
          <p class="options__error" role="alert">
            {error}
          </p>
        )}
      </section>
    </main>
  );
}
