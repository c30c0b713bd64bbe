// The frame loop: bursts of mutations, scrolls and resizes are coalesced into one update per frame,
// which analyses the boxes that changed (within the budget) and redraws. The one writer of
// `view.sessions` and `view.announcement`.
import type { Finding, Settings } from '../../lib/engine/index.ts';
import { findingKey } from '../../lib/findings.ts';
import { PAUSE_MS, type Analyst } from './analysis.ts';
import { layout } from './geometry.ts';
import { visibleFindings, type Session, type Sessions } from './sessions.ts';
import type { SessionView, ViewStore } from './view.ts';

export class FrameLoop {
  private readonly dirty = new Set<Session>();
  private layoutDirty = false;
  private requested = false;
  stopped = false;

  constructor(
    private readonly win: Window,
    private readonly view: ViewStore,
    private readonly sessions: Sessions,
    private readonly analyst: Analyst,
    private readonly settings: () => Partial<Settings>,
    private readonly guard: (fn: () => void) => void,
  ) {}

  markDirty(s: Session): void {
    this.dirty.add(s);
    this.request();
  }

  requestLayout(): void {
    this.layoutDirty = true;
    this.request();
  }

  forget(s: Session): void {
    this.dirty.delete(s);
    this.requestLayout();
  }

  /**
   * Updates once per frame, in a task right after the frame that saw the change: the keystroke's own
   * frame (X's echo of the letter) carries none of the coach's work, and the underlines follow in the
   * next frame.
   */
  private request(): void {
    if (this.requested || this.stopped) return;
    this.requested = true;
    this.win.requestAnimationFrame(() => this.win.setTimeout(() => {
      this.requested = false;
      this.guard(() => this.update());
    }, 0));
  }

  /** Analyses `s` now if it fits the budget, else once typing pauses (outside any frame or handler). */
  analyse(s: Session): boolean {
    const hashtags = this.view.getState().panel === s.id;
    if (this.analyst.refresh(s, this.settings(), hashtags)) return true;
    if (!this.analyst.current(s)) this.defer(s);
    return false;
  }

  private defer(s: Session): void {
    this.win.clearTimeout(s.timer);
    s.timer = this.win.setTimeout(() => this.guard(() => {
      s.timer = 0;
      if (this.stopped || !s.editor.isConnected) return;
      const hashtags = this.view.getState().panel === s.id;
      if (this.analyst.refresh(s, this.settings(), hashtags, true)) this.requestLayout();
    }), PAUSE_MS);
  }

  /** Redraws now (after an action changed what is visible). */
  update(): void {
    let changed = this.layoutDirty;
    for (const s of this.dirty) if (s.editor.isConnected) { this.analyse(s); changed = true; }
    this.dirty.clear();
    this.layoutDirty = false;
    if (!changed || this.stopped) return;
    const views: SessionView[] = [];
    let announcement = '';
    for (const s of this.sessions.all()) {
      if (!s.editor.isConnected) continue;
      const findings = visibleFindings(s);
      views.push(layout(s, findings));
      announcement = announce(s, findings) || announcement;
    }
    this.view.setState(announcement ? { sessions: views, announcement } : { sessions: views });
  }

  clear(): void {
    this.stopped = true;
    this.dirty.clear();
    this.view.setState({ sessions: [], announcement: '' });
  }
}

/** A polite announcement for block findings that are new in this draft, once each. */
function announce(s: Session, findings: Finding[]): string {
  const fresh = findings.filter((f) => f.severity === 'block' && !s.announced.has(findingKey(f, s.text)));
  fresh.forEach((f) => s.announced.add(findingKey(f, s.text)));
  if (!fresh.length) return '';
  return `Post coach: ${fresh.length === 1 ? 'a possible patient identifier' : `${fresh.length} possible patient identifiers`}. ${fresh.map((f) => f.message).join(' ')}`;
}
