import type { AdaptationSummary } from '../../lib/classify/schema';

export interface AdaptationNoteProps {
  summary: AdaptationSummary;
  onReset: () => void;
}

/**
 * How far triage has adapted to this team's mentions, and the way back. A brand's mentions are
 * more negative than tweets at large; agents should see that the engine has learnt it.
 */
export function AdaptationNote({ summary, onReset }: AdaptationNoteProps) {
  const { posts, needed, estimated, training } = summary;
  const text =
    posts < needed
      ? `Triage is learning the mix of your mentions: ${posts} of ${needed} posts seen.`
      : `Adapted to the last ${posts} posts: ${mix(estimated)} (the model alone assumes ${mix(training)}).`;
  return (
    <footer class="adaptation">
      <p class="adaptation__text">{text}</p>
      <button type="button" class="adaptation__reset" onClick={onReset} disabled={posts === 0}>
        Reset adaptation
      </button>
    </footer>
  );
}

function mix(p: AdaptationSummary['estimated']): string {
  return `${percent(p.negative)} negative, ${percent(p.neutral)} neutral, ${percent(p.positive)} positive`;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
