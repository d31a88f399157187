import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { injectScript } from 'wxt/utils/inject-script';
import { ComposeApp } from '../../components/compose/ComposeApp';
import type { ChosenReply } from '../../components/compose/types';
import { restoreCaret, saveCaret, type SavedCaret } from '../compose/caret';
import { withNonEmptyReplacement } from '../compose/edit-span';
import { insertText } from '../compose/insert';
import { selectTextRange } from '../compose/text-range';
import { sendMessage } from '../messages/send';
import type { ComposeSite, SiteAdapter } from '../sites/adapter';
import type { Finding } from '../tone';
import { ComposeContextSource } from './compose-context';
import { around, placePanel, type Box } from './compose-position';
import { PanelStore } from './compose-session';
import { createPageWorldInserter, type Inserter } from './page-world-insert';
import { TriageClient } from './triage-client';

type Site = SiteAdapter & ComposeSite;

/** Alt+Shift+R in a compose box: X binds no Alt+Shift keys, and the browsers none with R. */
export function isAssistantShortcut(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyR';
}

/**
 * Firefox keeps the editors' handlers out of this world's reach, so there the insertion runs in
 * the page's world (see page-world-insert.ts); the caret is still saved and restored here, as
 * the selection belongs to the document both worlds share.
 */
const insert: Inserter = import.meta.env.FIREFOX
  ? createPageWorldInserter(async () => (await injectScript('/compose-main-world.js', { keepInDom: true })).script, { fallback: insertText })
  : insertText;

/** How long a panel stays to explain a failed insert after its box has gone. */
const EXPLAIN_MS = 8_000;

interface Session {
  box: HTMLElement;
  store: PanelStore;
  caret: SavedCaret | null;
  /** Until when the panel stays although its box is gone (to say what became of a reply). */
  holdUntil: number;
  stop: () => void;
}

/**
 * The reply assistant on a network's page: notices focus entering a compose box, shows one
 * panel beside it, and keeps it in step with the box (its text, its place) until the agent
 * closes it or the box goes away. Every handler catches its own failures and reports them in
 * the panel, so nothing is thrown into the page.
 */
export function runComposeAssistant(ctx: ContentScriptContext, site: Site, css: string): void {
  const assistant = new ComposeAssistant(ctx, site, css);
  ctx.addEventListener(document, 'focusin', (event) => assistant.focusMoved(event.target), { capture: true });
  ctx.addEventListener(document, 'keydown', (event) => assistant.onKeyDown(event), { capture: true });
  ctx.onInvalidated(() => assistant.close(false));
  // Loaded by that focus: the box that has it is the first to serve.
  assistant.focusMoved(document.activeElement);
}

class ComposeAssistant {
  private ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  private session: Session | null = null;
  /** Closed with Escape: focus coming back to it (the caret being restored) must not reopen it. */
  private dismissed: HTMLElement | null = null;
  private readonly contextSource = new ComposeContextSource(() => sendMessage('compose/context', {}));
  private readonly triage = new TriageClient(async (posts) => (await sendMessage('posts/triage', { posts })).results);
  private frame: HTMLElement | null = null;
  /** When the frame's read of the box began, to time the check it leads to. */
  private readStartedAt = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly site: Site,
    /** The panel's styles: the assistant is its own script, outside the content script's CSS. */
    private readonly css: string,
  ) {
    this.triage.subscribe(() => this.showTriage());
    ctx.onInvalidated(() => this.triage.stop());
  }

  focusMoved(target: EventTarget | null): void {
    this.guard(() => {
      if (!(target instanceof Node)) return;
      if (this.frame && target instanceof Element && target.shadowRoot?.contains(this.frame)) return;
      const box = this.site.composeBoxOf(target);
      if (box !== this.dismissed) this.dismissed = null;
      if (box && box === this.session?.box) return;
      if (box && box !== this.dismissed) void this.open(box);
      else if (!box && this.session) this.close(false);
    });
  }

  onKeyDown(event: KeyboardEvent): void {
    if (!isAssistantShortcut(event) || !(event.target instanceof Node)) return;
    const box = this.site.composeBoxOf(event.target);
    if (!box) return;
    event.preventDefault();
    event.stopPropagation();
    this.guard(() => {
      this.dismissed = null;
      const focusSearch = (session: Session) => session.store.update({ searchFocusRequest: session.store.state.searchFocusRequest + 1 });
      if (this.session?.box === box) focusSearch(this.session);
      else void this.open(box).then((session) => session && focusSearch(session));
    });
  }

  close(returnFocus: boolean): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    session.stop();
    void this.ui?.then((ui) => ui.remove());
    if (returnFocus && session.box.isConnected) {
      this.dismissed = session.box;
      if (!session.caret || !restoreCaret(session.caret)) session.box.focus();
    }
  }

  private async open(box: HTMLElement): Promise<Session | null> {
    this.close(false);
    const post = this.site.repliedPost(box);
    const store = new PanelStore({
      text: this.site.composeText(box),
      post,
      triage: null,
      context: this.contextSource.current,
      notice: null,
      inserted: [],
      theme: this.site.theme(document),
      searchFocusRequest: 0,
    });
    const session: Session = { box, store, caret: null, holdUntil: 0, stop: () => undefined };
    this.session = session;
    if (post) this.triage.request([post]);
    this.showTriage();
    void this.contextSource.refresh().then(({ context, problem }) => store.update({ context, notice: problem }));

    const ui = await this.mountedUi();
    if (this.session !== session) return null;
    ui.mount();
    session.stop = this.follow(session);
    return session;
  }

  private mountedUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.ui ??= createShadowRootUi<HTMLElement>(this.ctx, {
      name: 'carebar-reply-assistant',
      css: this.css,
      position: 'inline',
      anchor: () => (this.session ? this.site.panelContainer(this.session.box) : document.body),
      append: 'last',
      // Keys and typing in the panel must not reach the site's shortcuts or its editors.
      isolateEvents: ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'],
      onMount: (container) => {
        const session = this.session;
        const frame = document.createElement('div');
        frame.className = 'ra-frame';
        frame.style.position = 'fixed';
        frame.style.zIndex = '2147483000';
        container.append(frame);
        this.frame = frame;
        if (session) {
          render(
            <ComposeApp
              store={session.store}
              network={this.site.network}
              onInsert={(reply) => this.insert(session, reply)}
              onFix={(finding, text) => this.fix(session, finding, text)}
              onSelectInBox={(start, end) => this.guard(() => void selectTextRange(session.box, start, end))}
              onClose={() => this.close(true)}
              onChecked={() => this.stampChecked()}
            />,
            frame,
          );
        }
        return frame;
      },
      onRemove: (frame) => {
        if (frame) render(null, frame);
        frame?.remove();
        if (this.frame === frame) this.frame = null;
      },
    });
    return this.ui;
  }

  /** Keeps the panel beside the box and its text in the panel; returns what stops it. */
  private follow(session: Session): () => void {
    const { box, store } = session;
    let textFrame = 0;
    let placeFrame = 0;
    const readText = () => {
      textFrame = 0;
      this.readStartedAt = performance.now();
      this.guard(() => {
        const text = this.site.composeText(box);
        if (text !== store.state.text) store.update({ text });
      });
    };
    // One read and one check per frame, however many keys or mutations came in it.
    const onChange = () => {
      if (textFrame === 0) textFrame = requestAnimationFrame(readText);
    };
    const place = () => {
      placeFrame = 0;
      this.guard(() => this.place(session));
    };
    const onMove = () => {
      if (placeFrame === 0) placeFrame = requestAnimationFrame(place);
    };
    const onFocusOut = () => {
      session.caret = saveCaret(box) ?? session.caret;
    };
    box.addEventListener('input', onChange);
    box.addEventListener('focusout', onFocusOut);
    // Editors also change the box without an input event (a paste they handle, undo, a re-render).
    const edits = new MutationObserver(onChange);
    edits.observe(box, { childList: true, subtree: true, characterData: true });
    const page = new MutationObserver(onMove);
    page.observe(document.body, { childList: true, subtree: true });
    const resize = new ResizeObserver(onMove);
    resize.observe(box);
    window.addEventListener('scroll', onMove, { capture: true, passive: true });
    window.addEventListener('resize', onMove, { passive: true });
    this.place(session);
    return () => {
      cancelAnimationFrame(textFrame);
      cancelAnimationFrame(placeFrame);
      box.removeEventListener('input', onChange);
      box.removeEventListener('focusout', onFocusOut);
      edits.disconnect();
      page.disconnect();
      resize.disconnect();
      window.removeEventListener('scroll', onMove, { capture: true });
      window.removeEventListener('resize', onMove);
    };
  }

  private place(session: Session): void {
    const frame = this.frame;
    if (!frame || this.session !== session) return;
    const { box } = session;
    if (!box.isConnected) {
      const wait = session.holdUntil - Date.now();
      if (wait > 0) setTimeout(() => this.session === session && this.place(session), wait);
      else this.close(false);
      // The box may have been drawn again: focus is then in its successor.
      const successor = document.activeElement ? this.site.composeBoxOf(document.activeElement) : null;
      if (wait <= 0 && successor) void this.open(successor);
      return;
    }
    const boxRect = box.getBoundingClientRect();
    const button = this.site.sendButton(box)?.getBoundingClientRect();
    const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    const offscreen = boxRect.bottom < 0 || boxRect.top > viewport.height || boxRect.width === 0;
    frame.style.visibility = offscreen ? 'hidden' : '';
    if (offscreen) return;
    const anchor: Box = around(button && button.width > 0 ? [boxRect, button] : [boxRect]);
    const placement = placePanel(anchor, viewport);
    frame.style.left = `${placement.left}px`;
    frame.style.width = `${placement.width}px`;
    frame.style.top = placement.side === 'below' ? `${placement.edge}px` : '';
    frame.style.bottom = placement.side === 'above' ? `${placement.edge}px` : '';
    frame.style.setProperty('--ra-max-height', `${placement.maxHeight}px`);
    // Inside a transformed dialog "fixed" is relative to the dialog: correct by what it shifted.
    const placed = frame.getBoundingClientRect();
    const dx = placed.left - placement.left;
    if (Math.abs(dx) > 0.5) frame.style.left = `${placement.left - dx}px`;
    const dy = placement.side === 'below' ? placed.top - placement.edge : viewport.height - placed.bottom - placement.edge;
    if (Math.abs(dy) > 0.5) {
      if (placement.side === 'below') frame.style.top = `${placement.edge - dy}px`;
      else frame.style.bottom = `${placement.edge + dy}px`;
    }
  }

  private showTriage(): void {
    const session = this.session;
    const post = session?.store.state.post;
    if (!session || !post) return;
    const result = this.triage.current.get(post.id);
    if (result && session.store.state.triage !== result) session.store.update({ triage: result });
  }

  private async insert(session: Session, reply: ChosenReply): Promise<string> {
    try {
      const { box } = session;
      if (session.caret) restoreCaret(session.caret);
      const inserted = box.isConnected && (await insert(box, reply.text));
      if (inserted) {
        session.store.update({ inserted: [...session.store.state.inserted, { text: reply.text, shortText: reply.shortText }] });
        return `Inserted "${reply.title}". Read it over, then press the network's own button to send.`;
      }
      const gone = !box.isConnected;
      if (gone) session.holdUntil = Date.now() + EXPLAIN_MS;
      const why = gone ? 'The reply box closed before the reply went in' : "The reply box didn't take the text";
      return (await copyToClipboard(reply.text))
        ? `${why}, so it is on the clipboard: paste it into the box.`
        : `${why}, and copying it failed too: select the reply in the list and copy it.`;
    } catch (error) {
      return `Could not insert the reply: ${describe(error)}`;
    }
  }

  private async fix(session: Session, finding: Finding, checkedText: string): Promise<string> {
    try {
      const { box } = session;
      const fix = finding.fix;
      if (!fix) return 'This finding has no fix to apply.';
      const current = this.site.composeText(box);
      if (!box.isConnected || current.slice(0, checkedText.length) !== checkedText) return 'The reply changed meanwhile; the findings are updated, try again.';
      const edit = withNonEmptyReplacement(current, { start: finding.start, end: finding.end, replacement: fix.replacement });
      if (!selectTextRange(box, edit.start, edit.end)) return "Could not select that text in the box; change it by hand.";
      if (await insert(box, edit.replacement)) return 'Fixed.';
      return "The reply box didn't take the change; change it by hand.";
    } catch (error) {
      return `Could not apply the fix: ${describe(error)}`;
    }
  }

  /**
   * For the keystroke benchmark: how long reading the box, checking and drawing took, and when
   * the findings reached the screen (a task posted now runs after the frame's paint).
   */
  private stampChecked(): void {
    const frame = this.frame;
    if (!frame) return;
    frame.dataset.checkMs = String(performance.now() - this.readStartedAt);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      frame.dataset.checkedAt = String(performance.timeOrigin + performance.now());
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  }

  private guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.session?.store.update({ notice: `Something went wrong in the reply assistant: ${describe(error)}` });
    }
  }
}

/** The clipboard for the agent to paste by hand; false where the page's permissions or a lost focus refuse it. */
async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
