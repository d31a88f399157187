import { useState } from 'preact/hooks';
import type { Note } from '../../lib/sync/records';
import { LinkedText } from './LinkedText';
import { authorLabel, formatWritten } from './format';

export interface NoteItemProps {
  note: Note;
  you: string;
  /** The post the panel was opened for, so notes about it are marked. */
  postId: string;
  onEdit: (body: string) => Promise<boolean>;
  onDelete: () => void;
}

export function NoteItem({ note, you, postId, onEdit, onDelete }: NoteItemProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const written = formatWritten(note.createdAt);
  const save = async () => {
    if (draft !== null && (await onEdit(draft))) setDraft(null);
  };
  return (
    <li class="note">
      <p class="note__meta">
        <span class="note__author">{authorLabel(note.authorId, you)}</span> · <time dateTime={new Date(note.createdAt).toISOString()}>{written}</time>
        {note.updatedAt !== note.createdAt && ' · edited'}
        {note.subject.postId === postId && <span class="note__about"> · this post</span>}
      </p>
      {draft === null ? (
        <>
          <p class="note__body">
            <LinkedText text={note.body} />
          </p>
          <div class="note__actions">
            <button type="button" class="link-button" aria-label={`Edit note of ${written}`} onClick={() => setDraft(note.body)}>
              Edit
            </button>
            <button type="button" class="link-button" aria-label={`Delete note of ${written}`} onClick={onDelete}>
              Delete
            </button>
          </div>
        </>
      ) : (
        <div class="note__edit">
          <textarea aria-label="Edit note" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} rows={3} />
          <div class="note__actions">
            <button type="button" class="button" onClick={() => void save()}>
              Save changes
            </button>
            <button type="button" class="link-button" onClick={() => setDraft(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
