import type { PageStatus } from '../../lib/sites/post-tracker';

const MESSAGES: Record<Exclude<PageStatus, 'ready'>, { title: string; detail: string }> = {
  looking: { title: 'Looking for posts…', detail: 'Posts appear here as the page shows them.' },
  offscreen: { title: 'No posts on screen', detail: 'Scroll to the posts and they will be listed here.' },
  unrecognised: {
    title: 'No posts recognised on this page',
    detail:
      'If the page shows posts, the network may have changed its layout and Carebar needs an update. The page itself works as usual.',
  },
  unsupported: {
    title: 'Carebar does not read this page',
    detail: 'Open your home timeline, notifications, a search, a profile or a post to see its posts here.',
  },
};

export function StatusMessage({ status }: { status: Exclude<PageStatus, 'ready'> }) {
  const { title, detail } = MESSAGES[status];
  return (
    <div class="status" role="status">
      <p class="status__title">{title}</p>
      <p class="status__detail">{detail}</p>
    </div>
  );
}
