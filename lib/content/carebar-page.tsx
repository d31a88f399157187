import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar } from '../../components/sidebar/Sidebar';
import { isOwnPost, markAnswered } from '../../components/sidebar/view';
import type { AdaptationSummary } from '../classify/schema';
import { answeredPostIds } from '../classify/answered';
import { sendMessage } from '../messages/send';
import { readPrefs, updatePrefs, watchPrefs } from '../prefs';
import type { SiteAdapter } from '../sites/adapter';
import { PostTracker, type PageState } from '../sites/post-tracker';
import { revealPost } from '../sites/reveal';
import type { EscalationContact } from '../../components/sidebar/EscalationLine';
import { watchPolicySaved } from '../sync/policy-signal';
import { TriageClient } from './triage-client';

/** Ages and SLA countdowns are shown to the minute. */
const AGE_TICK_MS = 15_000;
/** The class mix moves slowly; the note under the list need not follow every post. */
const ADAPTATION_REFRESH_MS = 5_000;

/**
 * Everything Carebar does on a network's page, for any adapter: follow the posts, have them
 * triaged, and show the sidebar when the agent wants it.
 */
export async function runCarebarPage(ctx: ContentScriptContext, adapter: SiteAdapter): Promise<void> {
  // Agents answer from the brand's account, so its replies are the ones that count as answers.
  const brandHandles = () => {
    const viewer = adapter.viewerHandle(document);
    return viewer === null ? [] : [viewer];
  };
  const tracker = new PostTracker(adapter, document);
  const triage = new TriageClient(async (posts) => (await sendMessage('posts/triage', { posts })).results);
  const reportedAnswered = new Set<string>();
  tracker.subscribe((state) => {
    const brand = brandHandles();
    triage.request(state.posts.filter((post) => !isOwnPost(post, brand)));
    // The shift digest lists urgent posts nobody answered; the page is where answers show.
    const answered = [...answeredPostIds(state.posts, brand)].filter((id) => !reportedAnswered.has(id));
    if (answered.length === 0) return;
    for (const id of answered) reportedAnswered.add(id);
    void sendMessage('posts/answered', { network: adapter.network, postIds: answered.slice(0, 200) }).catch(() => undefined);
  });
  tracker.start();
  ctx.addEventListener(window, 'wxt:locationchange', () => tracker.navigated());
  // A manager saved the team's policy: the codes and countdowns on screen were worked out under the old one.
  const unwatchPolicy = watchPolicySaved(() => {
    const brand = brandHandles();
    triage.refresh(tracker.current.posts.filter((post) => !isOwnPost(post, brand)));
  });
  ctx.onInvalidated(() => {
    tracker.stop();
    triage.stop();
    unwatchPolicy();
  });

  const selectPost = (id: string) => {
    const el = adapter.findPostElement(document, id);
    if (el) revealPost(el);
  };
  const close = () => void updatePrefs(() => ({ sidebarOpen: false }));

  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: 'carebar-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    // Keys typed in the sidebar must not reach the site's own shortcuts (j/k, n, /…).
    isolateEvents: true,
    onMount(container) {
      render(
        <SidebarApp
          tracker={tracker}
          triage={triage}
          brandHandles={brandHandles}
          onSelectPost={selectPost}
          onClose={close}
        />,
        container,
      );
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });

  const show = (open: boolean) => {
    if (open && !ui.mounted) ui.mount();
    if (!open && ui.mounted) ui.remove();
  };
  show((await readPrefs()).sidebarOpen);
  const unwatch = watchPrefs((prefs) => show(prefs.sidebarOpen));
  ctx.onInvalidated(() => {
    unwatch();
    ui.remove();
  });
}

interface SidebarAppProps {
  tracker: PostTracker;
  triage: TriageClient;
  brandHandles: () => string[];
  onSelectPost: (id: string) => void;
  onClose: () => void;
}

function SidebarApp({ tracker, triage, brandHandles, onSelectPost, onClose }: SidebarAppProps) {
  const [state, setState] = useState<PageState>(tracker.current);
  // The client's map is updated in place; a counter tells Preact it changed.
  const [triageVersion, setTriageVersion] = useState(0);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    setState(tracker.current);
    return tracker.subscribe(setState);
  }, [tracker]);
  useEffect(() => {
    const unsubscribe = triage.subscribe(() => setTriageVersion((v) => v + 1));
    // Answers that came between the first render and this subscription would go unseen.
    setTriageVersion((v) => v + 1);
    return unsubscribe;
  }, [triage]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), AGE_TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const brand = useMemo(() => brandHandles(), [state, brandHandles]);
  const answered = useMemo(() => answeredPostIds(state.posts, brand), [state, brand]);
  const shown = useMemo(() => markAnswered(triage.current, answered), [triage, triageVersion, answered]);
  const [adaptation, resetAdaptation] = useAdaptation(triageVersion);
  const escalation = useEscalationContacts();
  return (
    <Sidebar
      state={state}
      triage={shown}
      brandHandles={brand}
      now={now}
      adaptation={adaptation}
      onResetAdaptation={resetAdaptation}
      escalation={escalation}
      onSelectPost={onSelectPost}
      onClose={onClose}
      send={sendMessage}
    />
  );
}

/** Reads again when more posts were triaged, at most every few seconds; null while unknown. */
function useAdaptation(triageVersion: number): [AdaptationSummary | null, () => void] {
  const [summary, setSummary] = useState<AdaptationSummary | null>(null);
  const [lastRead, setLastRead] = useState(0);
  useEffect(() => {
    if (Date.now() - lastRead < ADAPTATION_REFRESH_MS && summary !== null) return;
    setLastRead(Date.now());
    sendMessage('triage/adaptation', {}).then(setSummary, () => setSummary(null));
  }, [triageVersion]);
  const reset = () => void sendMessage('triage/reset-adaptation', {}).then(setSummary, () => undefined);
  return [summary, reset];
}

/** Who Red and Orange posts go to, read again whenever the team's policy is saved. */
function useEscalationContacts(): readonly EscalationContact[] {
  const [contacts, setContacts] = useState<readonly EscalationContact[]>([]);
  useEffect(() => {
    const load = () => void sendMessage('policy/escalation', {}).then(({ contacts }) => setContacts(contacts), () => undefined);
    load();
    return watchPolicySaved(load);
  }, []);
  return contacts;
}
