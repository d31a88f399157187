import { useEffect, useRef, useState } from 'preact/hooks';
import type { EscalationContact } from './EscalationLine';
import { PostEntry } from './PostEntry';
import type { ViewRow } from './view';

export interface PostListProps {
  rows: readonly ViewRow[];
  now: number;
  onSelect: (id: string) => void;
  escalation?: readonly EscalationContact[];
}

/**
 * The posts on screen as one list of buttons. Tab enters the list once (roving tabindex);
 * arrow keys, Home and End move within it, so a long timeline is not a long tab trail.
 */
export function PostList({ rows, now, onSelect, escalation }: PostListProps) {
  const posts = rows.map((row) => row.post);
  const listRef = useRef<HTMLUListElement>(null);
  const [activeId, setActiveId] = useState<string | undefined>(undefined);
  const [focusPending, setFocusPending] = useState(false);
  const active = posts.some((p) => p.id === activeId) ? activeId : posts[0]?.id;

  useEffect(() => {
    if (!focusPending) return;
    setFocusPending(false);
    listRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
  }, [focusPending, active]);

  const onKeyDown = (event: KeyboardEvent) => {
    const current = posts.findIndex((p) => p.id === active);
    const target = nextIndex(event.key, current, posts.length);
    if (target === undefined) return;
    event.preventDefault();
    setActiveId(posts[target]?.id);
    setFocusPending(true);
  };

  return (
    <ul class="posts" aria-label="Visible posts" ref={listRef} onKeyDown={onKeyDown}>
      {rows.map(({ post, triage, own }) => (
        <li key={post.id} class="posts__item">
          <PostEntry
            post={post}
            triage={triage}
            own={own}
            now={now}
            tabIndex={post.id === active ? 0 : -1}
            onFocus={() => setActiveId(post.id)}
            onSelect={onSelect}
            escalation={escalation}
          />
        </li>
      ))}
    </ul>
  );
}

function nextIndex(key: string, current: number, length: number): number | undefined {
  if (current < 0 || length === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, length - 1);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return length - 1;
    default:
      return undefined;
  }
}
