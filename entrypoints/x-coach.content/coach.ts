// The coach on X: finds every compose box, analyses it on each change within the frame, and keeps
// the overlay's view (underlines, badge, card, panel, pre-post check) in step. X's DOM is only read.
import { analyze, type Analysis, type Finding, type Settings } from '../../lib/engine/index.ts';
import { composerRoot, editorsOf, POST_BUTTON_SELECTOR, postButtonFor, scrollBoxOf } from '../../lib/x/composer.ts';
import { fixEdit } from '../../lib/edits.ts';
import { findingKey } from '../../lib/findings.ts';
import { appendText, replaceText, select } from '../../lib/x/edit.ts';
import { EDITOR_SELECTOR, isComposeEditor, rangeFor, readEditor, type TextMap } from '../../lib/x/text.ts';
import { currentTheme, fontScale } from '../../lib/x/theme.ts';
import { type Box, type Mark, type SessionView, type ViewStore } from './view.ts';

interface Session {
  id: number;
  editor: HTMLElement;
  map: TextMap;
  text: string;
  analysis: Analysis;
  /** Findings dismissed for this draft, by rule and text. */
  dismissed: Set<string>;
  /** Block findings already announced to screen readers. */
  announced: Set<string>;
  observer: MutationObserver;
  resize: ResizeObserver;
  composing: boolean;
  /** Settings changed since the last analysis. */
  stale: boolean;
  /** How long the last analysis took (ms), and the timer of a deferred one. */
  cost: number;
  timer: number;
  rtl?: boolean;
  cleanup: () => void;
}

export interface CoachOptions {
  settings: Partial<Settings>;
  gate: boolean;
  onIgnoreTerm: (term: string, rule: string) => void;
}

let nextId = 1;
/** Analyses slower than this are deferred while typing (a frame is 16 ms; leave room for X). */
const SLOW_ANALYSIS_MS = 6;

export class Coach {
  private sessions = new Map<HTMLElement, Session>();
  private dirty = new Set<Session>();
  private layoutDirty = false;
  private frameRequested = false;
  private scanTimer = 0;
  private stopped = false;
  private readonly disposers: (() => void)[] = [];
  /** One Post that the user confirmed with "Post anyway". */
  private bypass = false;
  /** The Post button whose click (or Ctrl/Cmd+Enter) the pre-post check is holding. */
  private pendingButton: HTMLButtonElement | null = null;

  constructor(private readonly view: ViewStore, private options: CoachOptions, private readonly win: Window = window) {}

  start(): void {
    const doc = this.win.document;
    const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void, opts: AddEventListenerOptions = { capture: true }) => {
      const safe = (e: WindowEventMap[K]) => this.guard(() => fn(e));
      this.win.addEventListener(type, safe, opts);
      this.disposers.push(() => this.win.removeEventListener(type, safe, opts));
    };
    on('focusin', (e) => {
      if (!(e.target instanceof HTMLElement)) return;
      if (isComposeEditor(e.target)) this.attach(e.target);
      else this.warnIfUnrecognised(e.target);
    });
    on('scroll', () => this.requestLayout(), { capture: true, passive: true });
    on('resize', () => this.requestLayout(), { passive: true });
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKeydown(e));
    const selectionChange = () => this.guard(() => this.onSelectionChange());
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
    this.scan();
  }

  stop(): void {
    this.stopped = true;
    this.disposers.splice(0).forEach((d) => d());
    for (const s of this.sessions.values()) s.cleanup();
    this.sessions.clear();
    clearTimeout(this.scanTimer);
    this.view.setState({ sessions: [], card: null, panel: null, gate: null, announcement: '' });
  }

  setOptions(options: CoachOptions): void {
    this.options = options;
    for (const s of this.sessions.values()) { s.stale = true; this.dirty.add(s); }
    this.requestFrame();
  }

  /** Every block finding the user has not dismissed, for the pre-post check and tests. */
  blockFindings(editors: HTMLElement[]) {
    const out: { session: Session; finding: Finding }[] = [];
    for (const editor of editors) {
      const s = this.sessions.get(editor) ?? this.attach(editor);
      if (!s) continue;
      this.refresh(s);
      for (const f of this.visible(s)) if (f.severity === 'block') out.push({ session: s, finding: f });
    }
    return out;
  }

  // ---- discovery -------------------------------------------------------------------------

  private scheduleScan(): void {
    if (this.scanTimer || this.stopped) return;
    this.scanTimer = this.win.setTimeout(() => { this.scanTimer = 0; this.guard(() => this.scan()); }, 150);
  }

  private scan(): void {
    const found = new Set(this.win.document.querySelectorAll<HTMLElement>(EDITOR_SELECTOR));
    for (const [editor, s] of this.sessions) if (!editor.isConnected || !found.has(editor)) this.detach(s);
    for (const editor of found) this.attach(editor);
  }

  /**
   * X's markup may change: when the user writes in what looks like X's composer but is not
   * recognised, say so once in the console and stay out of the way.
   */
  private warnIfUnrecognised(el: HTMLElement): void {
    if (Coach.warned || el.getAttribute('contenteditable') !== 'true' || el.getAttribute('role') !== 'textbox' || !el.closest('main, #layers')) return;
    Coach.warned = true;
    console.warn('Physician Post Coach: this compose box was not recognised (X may have changed its page); coaching is paused here.');
  }

  private static warned = false;

  private attach(editor: HTMLElement): Session | undefined {
    if (this.stopped || !isComposeEditor(editor)) return undefined;
    const existing = this.sessions.get(editor);
    if (existing) return existing;
    const map = readEditor(editor);
    const s: Session = {
      id: nextId++, editor, map, text: map.text, analysis: analyze(map.text, this.options.settings, { hashtags: false }),
      dismissed: new Set(), announced: new Set(), composing: false, stale: false, cost: 0, timer: 0,
      observer: new MutationObserver(() => this.markDirty(s)),
      resize: new ResizeObserver(() => this.requestLayout()),
      cleanup: () => undefined,
    };
    s.observer.observe(editor, { childList: true, subtree: true, characterData: true });
    s.resize.observe(scrollBoxOf(editor));
    const compStart = () => { s.composing = true; };
    // Draft settles a composition 20 ms after compositionend: read after that.
    const compEnd = () => { this.win.setTimeout(() => { s.composing = false; this.markDirty(s); }, 25); };
    editor.addEventListener('compositionstart', compStart);
    editor.addEventListener('compositionend', compEnd);
    s.cleanup = () => {
      clearTimeout(s.timer);
      s.observer.disconnect();
      s.resize.disconnect();
      editor.removeEventListener('compositionstart', compStart);
      editor.removeEventListener('compositionend', compEnd);
    };
    this.sessions.set(editor, s);
    this.markDirty(s);
    return s;
  }

  private detach(s: Session): void {
    s.cleanup();
    this.sessions.delete(s.editor);
    this.dirty.delete(s);
    const { card, panel, gate } = this.view.getState();
    this.view.setState({
      card: card?.sessionId === s.id ? null : card,
      panel: panel === s.id ? null : panel,
      gate: gate?.sessionIds.includes(s.id) ? null : gate,
    });
    this.requestLayout();
  }

  /** How many editors are coached (tests and the leak check read it through the layer). */
  get size(): number {
    return this.sessions.size;
  }

  // ---- analysis, within the frame -------------------------------------------------------------

  private markDirty(s: Session): void {
    this.dirty.add(s);
    this.requestFrame();
  }

  private requestLayout(): void {
    this.layoutDirty = true;
    this.requestFrame();
  }

  /** Bursts of mutations and scrolls are coalesced into one update per frame. */
  private requestFrame(): void {
    if (this.frameRequested || this.stopped) return;
    this.frameRequested = true;
    this.win.requestAnimationFrame(() => {
      this.frameRequested = false;
      this.guard(() => this.update());
    });
  }

  /** Re-reads the box and re-analyses it if its text changed. `now`: never defer (posting, fixing). */
  private refresh(s: Session, now = true): boolean {
    if (s.composing) return false;
    const map = readEditor(s.editor);
    s.map = map;
    if (map.text === s.text && !s.stale) return false;
    // A very long draft (Premium) can take longer than a frame to analyse: while the user types,
    // it is analysed once typing pauses, so no keystroke waits for the engine.
    if (!now && s.cost > SLOW_ANALYSIS_MS) {
      clearTimeout(s.timer);
      s.timer = this.win.setTimeout(() => this.guard(() => { if (this.refresh(s)) this.requestLayout(); }), 150);
      return false;
    }
    clearTimeout(s.timer);
    const t0 = performance.now();
    s.text = map.text;
    s.stale = false;
    // Hashtag suggestions only show in the panel: skip them while it is closed.
    s.analysis = analyze(map.text, this.options.settings, { hashtags: this.view.getState().panel === s.id });
    s.cost = performance.now() - t0;
    return true;
  }

  private update(): void {
    let changed = this.layoutDirty;
    for (const s of this.dirty) if (s.editor.isConnected) { this.refresh(s, false); changed = true; }
    this.dirty.clear();
    this.layoutDirty = false;
    if (!changed) return;
    const sessions: SessionView[] = [];
    let announcement = '';
    for (const s of this.sessions.values()) {
      if (!s.editor.isConnected) continue;
      const findings = this.visible(s);
      sessions.push(this.layout(s, findings));
      announcement = this.announce(s, findings) || announcement;
    }
    this.view.setState(announcement ? { sessions, announcement } : { sessions });
  }

  private visible(s: Session): Finding[] {
    return s.analysis.findings.filter((f) => !s.dismissed.has(findingKey(f, s.text)));
  }

  private layout(s: Session, findings: Finding[]): SessionView {
    const boxEl = scrollBoxOf(s.editor);
    const clip = boxEl.getBoundingClientRect();
    const seen = new Map<string, number>();
    const marks: Mark[] = [];
    for (const finding of findings) {
      const base = findingKey(finding, s.text);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      marks.push({ key: `${base}#${n}`, finding, rects: this.rects(s.map, finding, clip) });
    }
    // Reading the direction forces a style pass: once per box, again only when the page's dir changes.
    const rtl = (s.rtl ??= getComputedStyle(s.editor).direction === 'rtl');
    return { id: s.id, text: s.text, analysis: s.analysis, marks, frame: toBox(clip), rtl };
  }

  private rects(map: TextMap, f: Finding, clip: DOMRect): Box[] {
    if (f.end <= f.start) return [];
    const range = rangeFor(map, f.start, f.end);
    if (!range) return [];
    const out: Box[] = [];
    for (const r of Array.from(range.getClientRects())) {
      if (r.width < 1) continue;
      // Only what shows inside the editor's own scroll box.
      const left = Math.max(r.left, clip.left);
      const right = Math.min(r.right, clip.right);
      const top = Math.max(r.top, clip.top);
      const bottom = Math.min(r.bottom, clip.bottom);
      if (right - left < 1 || bottom - top < 1) continue;
      out.push({ left, top, width: right - left, height: bottom - top });
    }
    return out;
  }

  /** A polite announcement for block findings that are new in this draft, once each. */
  private announce(s: Session, findings: Finding[]): string {
    const fresh = findings.filter((f) => f.severity === 'block' && !s.announced.has(findingKey(f, s.text)));
    fresh.forEach((f) => s.announced.add(findingKey(f, s.text)));
    if (!fresh.length) return '';
    return `Post coach: ${fresh.length === 1 ? 'a possible patient identifier' : `${fresh.length} possible patient identifiers`}. ${fresh.map((f) => f.message).join(' ')}`;
  }

  private readTheme(): void {
    const doc = this.win.document;
    this.view.setState({ theme: currentTheme(doc), scale: fontScale(doc) });
    for (const s of this.sessions.values()) s.rtl = undefined;
    this.requestLayout();
  }

  // ---- caret: the card follows the caret for keyboard users --------------------------------

  private onSelectionChange(): void {
    const sel = this.win.document.getSelection();
    if (!sel || !sel.isCollapsed || !sel.anchorNode) return;
    const editor = (sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode.parentElement)?.closest<HTMLElement>(EDITOR_SELECTOR);
    const s = editor ? this.sessions.get(editor) : undefined;
    if (!s) return;
    const piece = s.map.pieces.find((p) => p.node === sel.anchorNode);
    if (!piece) return;
    const caret = piece.start + sel.anchorOffset;
    const view = this.view.getState().sessions.find((v) => v.id === s.id);
    const mark = view?.marks.find((m) => m.finding.start < caret && caret < m.finding.end && m.finding.severity !== 'info');
    const card = this.view.getState().card;
    if (mark) this.view.setState({ card: { sessionId: s.id, key: mark.key } });
    else if (card?.sessionId === s.id) this.view.setState({ card: null });
  }

  // ---- actions from the layer ---------------------------------------------------------------

  private sessionById(id: number): Session | undefined {
    for (const s of this.sessions.values()) if (s.id === id) return s;
    return undefined;
  }

  async fix(sessionId: number, finding: Finding): Promise<boolean> {
    const s = this.sessionById(sessionId);
    if (!s) return false;
    const shown = this.view.getState().sessions.find((v) => v.id === sessionId)?.text ?? s.text;
    this.refresh(s);
    // The draft may have changed since the card opened: fix the same finding in the current text.
    const key = findingKey(finding, shown);
    const edit = fixEdit(s.text, this.visible(s).find((f) => findingKey(f, s.text) === key) ?? finding);
    this.view.setState({ card: null });
    return edit ? replaceText(s.editor, edit.start, edit.end, edit.text) : false;
  }

  dismiss(sessionId: number, finding: Finding): void {
    const s = this.sessionById(sessionId);
    if (!s) return;
    s.dismissed.add(findingKey(finding, s.text));
    this.view.setState({ card: null });
    this.requestLayout();
  }

  ignore(sessionId: number, term: string, rule: string): void {
    this.options.onIgnoreTerm(term, rule);
    this.view.setState({ card: null });
    const s = this.sessionById(sessionId);
    if (s) this.markDirty(s);
  }

  insertHashtag(sessionId: number, tag: string): Promise<boolean> {
    const s = this.sessionById(sessionId);
    return s ? appendText(s.editor, tag) : Promise.resolve(false);
  }

  /** Opens the panel of the focused box, or the last one coached (the keyboard shortcut). */
  togglePanel(sessionId?: number): void {
    const active = this.win.document.activeElement;
    const s = sessionId !== undefined ? this.sessionById(sessionId)
      : (active instanceof HTMLElement && this.sessions.get(active)) || [...this.sessions.values()].pop();
    if (!s) return;
    this.view.setState({ panel: this.view.getState().panel === s.id ? null : s.id, card: null });
    s.stale = true;
    this.refresh(s);
    this.requestLayout();
  }

  focusFinding(sessionId: number, finding: Finding): void {
    const s = this.sessionById(sessionId);
    if (!s) return;
    select(s.editor, finding.start, finding.end);
    s.editor.focus({ preventScroll: false });
  }

  // ---- the check before posting --------------------------------------------------------------

  private onClick(e: MouseEvent): void {
    const button = (e.target instanceof Element ? e.target : null)?.closest<HTMLButtonElement>(POST_BUTTON_SELECTOR);
    if (!button || button.disabled) return;
    if (this.bypass) { this.bypass = false; return; }
    this.check(e, button);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && (this.view.getState().card || this.view.getState().panel !== null) && !this.view.getState().gate) {
      this.view.setState({ card: null, panel: null });
      return;
    }
    if (e.key !== 'Enter' || !(e.metaKey || e.ctrlKey) || e.altKey || e.isComposing) return;
    const editor = (e.target instanceof Element ? e.target : null)?.closest<HTMLElement>(EDITOR_SELECTOR);
    if (!editor) return;
    const button = postButtonFor(editor);
    if (button) this.check(e, button);
  }

  private check(e: Event, button: HTMLButtonElement): void {
    if (!this.options.gate) return;
    const root = composerRoot(button);
    if (!root) return;
    const blocks = this.blockFindings(editorsOf(root));
    if (!blocks.length) return;
    // Draft ignores defaultPrevented: stop the event before X's handlers see it.
    e.preventDefault();
    e.stopImmediatePropagation();
    this.pendingButton = button;
    this.view.setState({
      card: null,
      panel: null,
      gate: {
        sessionIds: [...new Set(blocks.map((b) => b.session.id))],
        findings: blocks.map((b) => ({ sessionId: b.session.id, finding: b.finding, quote: b.session.text.slice(b.finding.start, b.finding.end) })),
      },
    });
  }

  gateEdit(): void {
    const first = this.view.getState().gate?.findings[0];
    this.view.setState({ gate: null });
    this.pendingButton = null;
    if (first) this.focusFinding(first.sessionId, first.finding);
  }

  gatePost(): void {
    const button = this.pendingButton;
    this.pendingButton = null;
    this.view.setState({ gate: null });
    if (!button?.isConnected || button.disabled) return;
    this.bypass = true;
    button.click();
    this.bypass = false;
  }

  gateCancel(): void {
    this.pendingButton = null;
    this.view.setState({ gate: null });
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

function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
