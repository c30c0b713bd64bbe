// The coach on X, as orchestration only: it listens to the page and hands each event to the part
// that owns it (sessions.ts finds the boxes, frame.ts analyses and redraws, geometry.ts measures,
// caret.ts and card.ts run the card, actions.ts the fixes and panel, gate.ts the check before
// posting). X's DOM is only read; the editor changes only through lib/x/edit.ts.
import { DEFAULT_SETTINGS } from '../../lib/engine/settings.ts';
import type { Finding, Settings } from '../../lib/engine/in-page.ts';
import { currentTheme, fontScale } from '../../lib/x/theme.ts';
import { isComposeEditor } from '../../lib/x/text.ts';
import { Actions } from './actions.ts';
import { Analyst, type Analyser } from './analysis.ts';
import { Card } from './card.ts';
import { followCaret, markAtCaret } from './caret.ts';
import { FrameLoop } from './frame.ts';
import { Gate } from './gate.ts';
import { Sessions } from './sessions.ts';
import type { ViewStore } from './view.ts';

export interface CoachOptions {
  settings: Partial<Settings>;
  gate: boolean;
  /** Ignore `term` for `rule` (never offered for privacy findings). */
  onIgnoreTerm: (term: string, rule: string) => void;
}

export class Coach {
  readonly sessions: Sessions;
  readonly actions: Actions;
  readonly gate: Gate;
  readonly card: Card;
  private readonly frame: FrameLoop;
  private readonly analyst: Analyst;
  private scanTimer = 0;
  private stopped = false;
  private readonly disposers: (() => void)[] = [];

  constructor(private readonly view: ViewStore, private options: CoachOptions, analyse: Analyser, private readonly win: Window = window) {
    const settings = () => this.options.settings;
    const guard = (fn: () => void) => this.guard(fn);
    this.analyst = new Analyst(analyse);
    this.card = new Card(view);
    this.sessions = new Sessions(win, {
      changed: (s) => this.frame.markDirty(s),
      resized: () => this.frame.requestLayout(),
      removed: (s) => { this.frame.forget(s); this.card.closeFor(s.id); this.actions.forget(s.id); this.gate.forget(s.id); },
    }, () => analyse('', this.options.settings, { hashtags: false }));
    this.frame = new FrameLoop(win, view, this.sessions, this.analyst, settings, guard);
    this.actions = new Actions(view, this.sessions, this.analyst, this.frame, this.card, settings, (t, rule) => this.options.onIgnoreTerm(t, rule));
    this.gate = new Gate({
      win, view, sessions: this.sessions, analyst: this.analyst, settings, guard,
      enabled: () => this.options.gate,
      clearOverlays: () => { this.card.close(); this.actions.closePanel(); },
      focusFinding: (id, f) => this.actions.focusFinding(id, f),
      focusEditor: (id) => this.actions.focusEditor(id),
      redraw: (s) => this.frame.markDirty(s),
    });
  }

  /** Listens, then takes the focused box and every box already on the page at once. */
  start(): void {
    const doc = this.win.document;
    const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, opts: AddEventListenerOptions = { capture: true }) => {
      const safe = (e: WindowEventMap[K]) => this.guard(() => fn(e));
      this.win.addEventListener(type, safe, opts);
      this.disposers.push(() => this.win.removeEventListener(type, safe, opts));
    };
    on('focusin', (e) => {
      if (!(e.target instanceof HTMLElement)) return;
      if (isComposeEditor(e.target)) {
        this.sessions.attach(e.target);
        this.sessions.lastFocused = e.target;
      } else warnIfUnrecognised(e.target);
    });
    // Typing can reach a box before its focusin did (or before the coach listened).
    on('beforeinput', (e) => { if (e.target instanceof HTMLElement && isComposeEditor(e.target)) this.sessions.attach(e.target); });
    on('scroll', () => this.frame.requestLayout(), { capture: true, passive: true });
    on('resize', () => this.frame.requestLayout(), { passive: true });
    on('click', (e) => this.gate.onClick(e));
    on('keydown', (e) => this.onKeydown(e));
    const selectionChange = () => this.guard(() => {
      // A card saying a fix could not be applied stays until the pointer or Escape closes it: the
      // selection moves the edit and its undo made are not the user's.
      const { notice, card } = this.view.getState();
      if (notice && card?.key === notice.key) return;
      // A card closed with Escape stays closed while the caret rests in its words.
      const at = markAtCaret(doc, this.sessions, this.view);
      if (at?.key && at.key === this.escaped) return;
      this.escaped = null;
      followCaret(at, this.card);
    });
    doc.addEventListener('selectionchange', selectionChange);
    this.disposers.push(() => doc.removeEventListener('selectionchange', selectionChange));

    // New boxes (route changes, modals, thread items) and removed ones: a cheap scan, throttled.
    const bodyObserver = new MutationObserver(() => this.scheduleScan());
    bodyObserver.observe(doc.documentElement, { childList: true, subtree: true });
    // Theme and font size live on <body>'s and <html>'s inline style.
    const styleObserver = new MutationObserver(() => this.guard(() => this.readTheme()));
    styleObserver.observe(doc.documentElement, { attributes: true, attributeFilter: ['style', 'dir'] });
    if (doc.body) styleObserver.observe(doc.body, { attributes: true, attributeFilter: ['style'] });
    this.disposers.push(() => { bodyObserver.disconnect(); styleObserver.disconnect(); });
    this.readTheme();
    this.sessions.scan();
  }

  stop(): void {
    this.stopped = true;
    this.disposers.splice(0).forEach((d) => d());
    this.sessions.clear();
    this.win.clearTimeout(this.scanTimer);
    this.frame.clear();
    this.card.close();
    this.actions.clear();
    this.gate.close();
  }

  setOptions(options: CoachOptions): void {
    this.options = options;
    this.reanalyse();
  }

  /** Analyse every box again at the next frame (settings changed, or suggestions arrived). */
  reanalyse(): void {
    for (const s of this.sessions.all()) { s.stale = true; this.frame.markDirty(s); }
  }

  /** The author's reading target, for the panel's grade line (defaults until the stored settings arrive). */
  get reading(): Pick<Settings, 'patientFacing' | 'gradeTarget'> {
    const { patientFacing = DEFAULT_SETTINGS.patientFacing, gradeTarget = DEFAULT_SETTINGS.gradeTarget } = this.options.settings;
    return { patientFacing, gradeTarget };
  }

  /** How many editors are coached. */
  get size(): number {
    return this.sessions.size;
  }

  // ---- from the layer ------------------------------------------------------------------------

  fix = (sessionId: number, finding: Finding) => this.actions.fix(sessionId, finding);
  dismiss = (sessionId: number, finding: Finding) => this.actions.dismiss(sessionId, finding);
  ignore = (sessionId: number, term: string, rule: string) => this.actions.ignore(sessionId, term, rule);
  insertHashtag = (sessionId: number, tag: string) => this.actions.insertHashtag(sessionId, tag);
  togglePanel = (sessionId: number) => this.actions.togglePanel(sessionId);
  /** The keyboard shortcut (commands API, relayed by the background script). */
  shortcut = () => this.actions.shortcut();
  /** The pointer rests on an underline (or left it: null). */
  hover = (mark: { sessionId: number; key: string } | null) => (mark ? this.card.open(mark.sessionId, mark.key) : this.card.close());
  gateEdit = () => this.gate.edit();
  gatePost = () => this.gate.post();
  gateCancel = () => this.gate.cancel();
  gateFixAll = () => void this.gate.fixAll();

  // ---- internals -----------------------------------------------------------------------------

  /** The mark whose card Escape closed, until the caret leaves it. */
  private escaped: string | null = null;

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && !this.gate.open) {
      const { card, panel } = this.view.getState();
      if (!card && panel === null) return;
      // Escape from inside the coach's own layer goes back to the box it was about.
      const inLayer = e.composedPath().some((n) => n instanceof HTMLElement && n.hasAttribute('data-coach-root'));
      const sessionId = card?.sessionId ?? panel ?? undefined;
      this.escaped = card?.key ?? null;
      this.card.close();
      this.actions.closePanel();
      if (inLayer) this.actions.focusEditor(sessionId);
      return;
    }
    this.gate.onKeydown(e);
  }

  private scheduleScan(): void {
    if (this.scanTimer || this.stopped) return;
    this.scanTimer = this.win.setTimeout(() => { this.scanTimer = 0; this.guard(() => this.sessions.scan()); }, 150);
  }

  private readTheme(): void {
    const doc = this.win.document;
    this.view.setState({ theme: currentTheme(doc), scale: fontScale(doc) });
    for (const s of this.sessions.all()) s.rtl = undefined;
    this.frame.requestLayout();
  }

  /** Nothing the coach does may throw into X's page. */
  private guard(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      console.warn('Physician Post Coach:', err);
    }
  }
}

let warned = false;

/**
 * X's markup may change: when the user writes in what looks like X's composer but is not
 * recognised, say so once in the console and stay out of the way.
 */
function warnIfUnrecognised(el: HTMLElement): void {
  if (warned || el.getAttribute('contenteditable') !== 'true' || el.getAttribute('role') !== 'textbox' || !el.closest('main, #layers')) return;
  warned = true;
  console.warn('Physician Post Coach: this compose box was not recognised (X may have changed its page); coaching is paused here.');
}
