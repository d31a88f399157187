import type { FavouriteMove } from '../../../lib/db/boilerplate';
import type { Boilerplate } from '../../../lib/sync/records';
import { excerpt } from '../../../lib/text/excerpt';
import { networkLabel } from './reply-draft';
import { CODE_LABELS } from '../../../lib/text/code-labels';

/** What a button in an entry does; its `data-action` says it too, so focus can be put back after a change. */
export type EntryAction = 'edit' | 'duplicate' | 'delete' | FavouriteMove;

export interface ReplyListProps {
  replies: readonly Boilerplate[];
  /** Position of each favourite shown, by id; the others are not favourites. */
  favouriteAt: ReadonlyMap<string, number>;
  favouriteCount: number;
  act: (reply: Boilerplate, action: EntryAction) => void;
  /** An agent of a team reads the library and orders their favourites; a manager edits it. */
  editable: boolean;
}

const EXCERPT_CHARS = 140;

/** Entries are drawn again on every keystroke in the search box; their text is worked out once per reply. */
const shownText = new WeakMap<Boilerplate, { body: string; meta: string }>();

function textOf(reply: Boilerplate): { body: string; meta: string } {
  let text = shownText.get(reply);
  if (!text) shownText.set(reply, (text = { body: excerpt(reply.body, EXCERPT_CHARS), meta: describe(reply) }));
  return text;
}

function describe(reply: Boilerplate): string {
  const codes = reply.codes.length > 0 ? reply.codes.map((code) => CODE_LABELS[code]).join(', ') : 'Any code';
  const networks = reply.networks.length > 0 ? reply.networks.map(networkLabel).join(', ') : 'Every network';
  return [codes, networks, ...(reply.tags.length > 0 ? [`Tags: ${reply.tags.join(', ')}`] : [])].join(' · ');
}

/** The library's replies, each with what can be done to it; favourites first and movable. */
export function ReplyList({ replies, favouriteAt, favouriteCount, act, editable }: ReplyListProps) {
  return (
    <ul class="bp-list" aria-label="Replies">
      {replies.map((reply) => {
        const at = favouriteAt.get(reply.id);
        const name = `“${reply.title}”`;
        const { body, meta } = textOf(reply);
        const button = (action: EntryAction, text: string, disabled = false) => (
          <button type="button" data-action={action} aria-label={`${text} ${name}`} aria-disabled={disabled || undefined} onClick={() => disabled || act(reply, action)}>
            {text}
          </button>
        );
        return (
          <li key={reply.id} class="bp-entry" data-reply-id={reply.id}>
            <p class="bp-entry__title">{reply.title}</p>
            <p class="bp-entry__body">{body}</p>
            <p class="bp-entry__meta">{meta}</p>
            <div class="bp-entry__actions">
              {editable && button('edit', 'Edit')}
              {editable && button('duplicate', 'Duplicate')}
              {editable && button('delete', 'Delete')}
              <button type="button" data-action="favourite" aria-label={`Favourite ${name}`} aria-pressed={at !== undefined} onClick={() => act(reply, at === undefined ? 'add' : 'remove')}>
                Favourite
              </button>
              {at !== undefined && button('up', 'Move up', at === 0)}
              {at !== undefined && button('down', 'Move down', at === favouriteCount - 1)}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
