// The check before posting: X's Post (click, or Ctrl/Cmd+Enter in a box) is held while any box of
// that composer has a block finding. The one writer of `view.gate`. It runs inside X's own
// handlers, so it analyses only within the typing budget: a long draft whose analysis is not
// current is held, checked in a task of its own, then posted or shown.
import type { Finding, Settings } from '../../lib/engine/index.ts';
import { fixEdit } from '../../lib/edits.ts';
import { findingKey } from '../../lib/findings.ts';
import { composerRoot, editorsOf, POST_BUTTON_SELECTOR, postButtonFor } from '../../lib/x/composer.ts';
import { replaceText } from '../../lib/x/edit.ts';
import { EDITOR_SELECTOR } from '../../lib/x/text.ts';
import type { Analyst } from './analysis.ts';
import { visibleFindings, type Session, type Sessions } from './sessions.ts';
import type { GateFinding, ViewStore } from './view.ts';

export interface GateDeps {
  win: Window;
  view: ViewStore;
  sessions: Sessions;
  analyst: Analyst;
  settings: () => Partial<Settings>;
  enabled: () => boolean;
  /** Closes the card and panel when the check opens. */
  clearOverlays: () => void;
  focusFinding: (sessionId: number, finding: Finding) => void;
  focusEditor: (sessionId?: number) => void;
  redraw: (s: Session) => void;
  guard: (fn: () => void) => void;
}

export class Gate {
  /** One Post that the user confirmed with "Post anyway" (or that the deferred check found clean). */
  private bypass = false;
  /** The Post button whose click (or Ctrl/Cmd+Enter) the check is holding. */
  private pending: HTMLButtonElement | null = null;
  /** The box that had focus when Post was pressed: Escape returns there. */
  private returnTo: HTMLElement | null = null;

  constructor(private readonly d: GateDeps) {}

  onClick(e: MouseEvent): void {
    const button = (e.target instanceof Element ? e.target : null)?.closest<HTMLButtonElement>(POST_BUTTON_SELECTOR);
    if (!button || button.disabled) return;
    if (this.bypass) { this.bypass = false; return; }
    this.check(e, button);
  }

  onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || !(e.metaKey || e.ctrlKey) || e.altKey || e.isComposing) return;
    const editor = (e.target instanceof Element ? e.target : null)?.closest<HTMLElement>(EDITOR_SELECTOR);
    if (!editor) return;
    const button = postButtonFor(editor);
    if (button) this.check(e, button);
  }

  get open(): boolean { return this.d.view.getState().gate !== null; }

  private check(e: Event, button: HTMLButtonElement): void {
    if (!this.d.enabled()) return;
    const root = composerRoot(button);
    if (!root) return;
    const editors = editorsOf(root);
    const sessions = editors.map((ed) => this.d.sessions.of(ed) ?? this.d.sessions.attach(ed)).filter((s): s is Session => !!s);
    // Analyse what is not current and fits the budget; anything left is a long draft changed since,
    // or a box whose advice could stop the post and is still on its way from the background.
    const settings = this.d.settings();
    const late = sessions.filter((s) => {
      this.d.analyst.refresh(s, settings, false);
      return !this.d.analyst.current(s) || this.d.analyst.pending(s, settings) !== null;
    });
    const blocks = this.blocks(sessions);
    if (!blocks.length && !late.length) return;
    // Draft ignores defaultPrevented: stop the event before X's handlers see it.
    e.preventDefault();
    e.stopImmediatePropagation();
    this.pending = button;
    // Back to the box the person was writing in (a click on Post moved focus to the button).
    const last = this.d.sessions.lastFocused;
    const withFinding = blocks[0] ? this.d.sessions.byId(blocks[0].sessionId)?.editor : undefined;
    this.returnTo = (last && editors.includes(last) ? last : null) ?? withFinding ?? sessions[0]?.editor ?? null;
    this.d.clearOverlays();
    this.show(blocks, editors, late.length > 0);
    if (late.length) {
      this.d.win.setTimeout(() => this.d.guard(() => {
        for (const s of late) this.d.analyst.refresh(s, this.d.settings(), false, true);
        const waits = late.map((s) => this.d.analyst.pending(s, this.d.settings())).filter((p) => p !== null);
        const decide = () => this.d.guard(() => {
          for (const s of late) { this.d.analyst.refresh(s, this.d.settings(), false, true); this.d.redraw(s); }
          const found = this.blocks(sessions);
          if (!this.open) return;
          if (found.length) this.show(found, editors, false);
          else this.post();
        });
        if (waits.length) void Promise.all(waits).then(decide);
        else decide();
      }), 0);
    }
  }

  private blocks(sessions: Session[]): GateFinding[] {
    const out: GateFinding[] = [];
    for (const s of sessions) {
      for (const f of visibleFindings(s)) if (f.severity === 'block') out.push({ sessionId: s.id, finding: f, quote: s.text.slice(f.start, f.end) });
    }
    return out;
  }

  private show(findings: GateFinding[], editors: HTMLElement[], checking: boolean, note = ''): void {
    const ids = [...new Set(findings.map((f) => f.sessionId))];
    let where = '';
    if (editors.length > 1 && ids.length) {
      const posts = ids.map((id) => editors.indexOf(this.d.sessions.byId(id)!.editor) + 1).filter((n) => n > 0).sort((a, b) => a - b);
      where = posts.length === 1 ? `Post ${posts[0]} of ${editors.length}` : `Posts ${posts.slice(0, -1).join(', ')} and ${posts.at(-1)} of ${editors.length}`;
    }
    this.d.view.setState({ gate: { sessionIds: ids, findings, where, checking, note } });
  }

  /** "Edit": closes the check and selects the first finding. */
  edit(): void {
    const first = this.d.view.getState().gate?.findings[0];
    this.close();
    if (first) this.d.focusFinding(first.sessionId, first.finding);
  }

  /** "Post anyway": lets this one Post through X's own path. */
  post(): void {
    const button = this.pending;
    this.close();
    if (!button?.isConnected || button.disabled) return;
    this.bypass = true;
    button.click();
    this.bypass = false;
  }

  /** Escape: closes the check and returns focus to the box. */
  cancel(): void {
    const back = this.returnTo;
    this.close();
    if (back?.isConnected) back.focus({ preventScroll: true });
    else this.d.focusEditor();
  }

  /**
   * "Fix all" (offered when every finding has a fix): applies each fix, last first so earlier
   * offsets stay valid, each exact or undone. Resolves to how many could not be applied.
   */
  async fixAll(): Promise<number> {
    const gate = this.d.view.getState().gate;
    if (!gate) return 0;
    const back = this.returnTo;
    const button = this.pending;
    this.d.view.setState({ gate: null });
    let failed = 0;
    const touched = new Set<Session>();
    for (const g of [...gate.findings].sort((a, b) => a.sessionId - b.sessionId || b.finding.start - a.finding.start)) {
      const s = this.d.sessions.byId(g.sessionId);
      if (!s) { failed++; continue; }
      touched.add(s);
      this.d.analyst.refresh(s, this.d.settings(), false, true);
      const key = `${g.finding.rule}\u0000${g.quote}`;
      const same = visibleFindings(s).filter((f) => findingKey(f, s.text) === key);
      const current = same.find((f) => f.start === g.finding.start) ?? same[0];
      const edit = current ? fixEdit(s.text, current) : null;
      const result = edit ? await replaceText(s.editor, edit.start, edit.end, edit.text) : null;
      if (!result?.ok) failed++;
    }
    for (const s of touched) { this.d.analyst.refresh(s, this.d.settings(), false, true); this.d.redraw(s); }
    const left = this.blocks([...touched]);
    if (failed && left.length) {
      // Still held: say what could not be fixed, and keep the Post it was holding.
      this.pending = button;
      const editors = button ? editorsOf(composerRoot(button) ?? button) : [];
      this.show(left, editors, false, `Couldn’t apply ${failed === 1 ? 'one fix' : `${failed} fixes`} here: edit ${failed === 1 ? 'it' : 'them'} by hand.`);
      return failed;
    }
    this.pending = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    return failed;
  }

  forget(sessionId: number): void {
    if (this.d.view.getState().gate?.sessionIds.includes(sessionId)) this.close();
  }

  close(): void {
    this.pending = null;
    if (this.open) this.d.view.setState({ gate: null });
  }
}
