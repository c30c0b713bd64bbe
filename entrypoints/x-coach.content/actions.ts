// What the user can do from the card, the panel and the shortcut. The one writer of `view.panel`
// and `view.notice`. Fixes are exact or nothing: lib/x/edit.ts re-reads the box and undoes a
// wrong edit, and the card says so.
import type { Finding, Settings } from '../../lib/engine/index.ts';
import { fixEdit } from '../../lib/edits.ts';
import { findingKey } from '../../lib/findings.ts';
import { appendText, replaceText, select, type EditResult } from '../../lib/x/edit.ts';
import type { Analyst } from './analysis.ts';
import type { Card } from './card.ts';
import type { FrameLoop } from './frame.ts';
import { visibleFindings, type Session, type Sessions } from './sessions.ts';
import type { ViewStore } from './view.ts';

export const FIX_FAILED = 'Couldn’t apply this fix here: edit it by hand.';

export class Actions {
  constructor(
    private readonly view: ViewStore,
    private readonly sessions: Sessions,
    private readonly analyst: Analyst,
    private readonly frame: FrameLoop,
    private readonly card: Card,
    private readonly settings: () => Partial<Settings>,
    private readonly onIgnoreTerm: (term: string, rule: string) => void,
  ) {}

  /** Applies a finding's fix to the draft as it is now; on failure the draft is unchanged and the card says so. */
  async fix(sessionId: number, finding: Finding): Promise<EditResult | null> {
    const s = this.sessions.byId(sessionId);
    if (!s) return null;
    const shown = this.view.getState().sessions.find((v) => v.id === sessionId)?.text ?? s.text;
    const key = findingKey(finding, shown);
    // The draft may have changed since the card opened: fix the same finding in the current text.
    this.analyst.refresh(s, this.settings(), this.view.getState().panel === s.id, true);
    const current = visibleFindings(s).find((f) => findingKey(f, s.text) === key);
    const edit = current ? fixEdit(s.text, current) : null;
    this.setNotice(null);
    const result: EditResult = edit ? await replaceText(s.editor, edit.start, edit.end, edit.text) : { ok: false, restored: true, reason: 'offsets' };
    if (result.ok) {
      this.card.closeFor(sessionId);
    } else {
      // Keep the card (or panel) of that finding open with the reason.
      const markKey = this.view.getState().sessions.find((v) => v.id === sessionId)?.marks.find((m) => findingKey(m.finding, s.text) === key)?.key ?? `${key}#0`;
      if (this.view.getState().panel !== sessionId) this.card.open(sessionId, markKey);
      this.setNotice({ sessionId, key: markKey, text: FIX_FAILED });
    }
    this.frame.markDirty(s);
    return result;
  }

  dismiss(sessionId: number, finding: Finding): void {
    const s = this.sessions.byId(sessionId);
    if (!s) return;
    s.dismissed.add(findingKey(finding, s.text));
    this.card.close();
    this.frame.requestLayout();
  }

  ignore(sessionId: number, term: string, rule: string): void {
    this.onIgnoreTerm(term, rule);
    this.card.close();
    const s = this.sessions.byId(sessionId);
    if (s) { s.stale = true; this.frame.markDirty(s); }
  }

  async insertHashtag(sessionId: number, tag: string): Promise<boolean> {
    const s = this.sessions.byId(sessionId);
    if (!s) return false;
    const result = await appendText(s.editor, tag);
    this.frame.markDirty(s);
    return result.ok;
  }

  /** Opens or closes a box's panel (the badge). */
  togglePanel(sessionId: number): void {
    const s = this.sessions.byId(sessionId);
    if (!s) return;
    this.setPanel(this.view.getState().panel === s.id ? null : s);
  }

  /**
   * The keyboard shortcut: the direct route to a finding's fix. With a card open (the caret is in a
   * flagged word), focus goes into that card; otherwise the focused box's panel opens (or closes)
   * with focus on its first finding.
   */
  shortcut(): void {
    const card = this.card.current;
    if (card && this.view.getState().panel === null) return this.card.open(card.sessionId, card.key, true);
    const s = this.sessions.active();
    if (!s) return;
    this.setPanel(this.view.getState().panel === s.id ? null : s);
  }

  closePanel(): void {
    if (this.view.getState().panel !== null) this.view.setState({ panel: null });
  }

  /** The coach stops: no panel, no notice. */
  clear(): void {
    this.closePanel();
    this.setNotice(null);
  }

  private setPanel(s: Session | null): void {
    this.card.close();
    this.setNotice(null);
    this.view.setState({ panel: s?.id ?? null });
    if (s) {
      // The panel shows hashtag suggestions, which typing skips: analyse with them (within budget).
      s.stale = true;
      this.frame.markDirty(s);
    }
  }

  /** Puts the caret on (selects) a finding in its box. */
  focusFinding(sessionId: number, finding: Finding): void {
    const s = this.sessions.byId(sessionId);
    if (!s) return;
    if (!select(s.editor, finding.start, finding.end)) s.editor.focus({ preventScroll: false });
  }

  /** Returns keyboard focus to a box (Escape from the card, panel or check). */
  focusEditor(sessionId?: number): void {
    const s = sessionId !== undefined ? this.sessions.byId(sessionId) : this.sessions.active();
    s?.editor.focus({ preventScroll: true });
  }

  forget(sessionId: number): void {
    const { panel, notice } = this.view.getState();
    if (panel === sessionId) this.view.setState({ panel: null });
    if (notice?.sessionId === sessionId) this.setNotice(null);
  }

  private setNotice(notice: { sessionId: number; key: string; text: string } | null): void {
    if (notice || this.view.getState().notice) this.view.setState({ notice });
  }
}
