// Analysing a box within the typing budget. The engine is injected (tests give the coach a fake
// one), and every path that analyses (typing, a box opening, the check before posting) goes
// through `refresh`, which never runs an analysis it expects to take longer than the budget.
import type { AnalyzeOptions, Analysis, Settings } from '../../lib/engine/index.ts';
import { readEditor } from '../../lib/x/text.ts';
import type { Session } from './sessions.ts';

export interface Analyser {
  /** `box`: the session's id (the analysis may keep state per box). */
  (text: string, settings: Partial<Settings>, options: AnalyzeOptions & { box?: number }): Analysis;
  /**
   * While part of the box's analysis is still on its way and could stop the post: a promise that
   * settles when it has arrived (or given up). Null when the analysis is complete.
   */
  pending?: (box: number, text: string, settings: Partial<Settings>) => Promise<void> | null;
}

/** Analyses expected to take longer than this run outside the event or frame that asked (a frame is 16 ms; leave room for X). */
export const BUDGET_MS = 6;
/**
 * Drafts up to this long are always analysed at once: the engine takes well under a millisecond
 * for a post, and scaling the cost of a first, cold analysis of a few characters up to the draft's
 * length would defer a short draft and leave its underlines a keystroke behind.
 */
export const ALWAYS_CHARS = 1000;
/** How long typing must pause before a long draft is analysed. */
export const PAUSE_MS = 150;

export class Analyst {
  /** Milliseconds per UTF-16 unit for a box not analysed yet, learnt from long drafts (the engine is linear). */
  private msPerChar = 0.01;

  constructor(private readonly analyse: Analyser, private readonly now: () => number = () => performance.now()) {}

  /**
   * Whether analysing the box's text now is expected to fit the budget: from the box's own last
   * analysis scaled to the new length, or, for a box never analysed, from the learnt rate.
   */
  fits(s: Session, text: string): boolean {
    if (text.length <= ALWAYS_CHARS) return true;
    const estimate = s.costLength > 0 ? s.cost * (text.length / s.costLength) : text.length * this.msPerChar;
    return estimate <= BUDGET_MS;
  }

  /** Whether the session's analysis is for the box's current text and settings (re-reads the box). */
  current(s: Session): boolean {
    if (s.composing) return true;
    s.map = readEditor(s.editor);
    return s.map.text === s.text && !s.stale;
  }

  /** See Analyser.pending (for the box's current text). */
  pending(s: Session, settings: Partial<Settings>): Promise<void> | null {
    return this.analyse.pending?.(s.id, s.text, settings) ?? null;
  }

  /**
   * Re-reads the box and re-analyses it when its text or settings changed. `force`: analyse even
   * over budget (already outside any handler: a deferred run). Returns true when the analysis changed.
   */
  refresh(s: Session, settings: Partial<Settings>, hashtags: boolean, force = false): boolean {
    if (this.current(s)) return false;
    if (!force && !this.fits(s, s.map.text)) return false;
    clearTimeout(s.timer);
    s.timer = 0;
    const t0 = this.now();
    s.text = s.map.text;
    s.stale = false;
    s.analysis = this.analyse(s.text, settings, { hashtags, box: s.id });
    const ms = this.now() - t0;
    if (s.text.length > 0) { s.cost = ms; s.costLength = s.text.length; }
    // Only long drafts say much about the rate (short ones are dominated by fixed costs).
    if (s.text.length >= 1000) this.msPerChar = 0.5 * this.msPerChar + 0.5 * (ms / s.text.length);
    return true;
  }
}
