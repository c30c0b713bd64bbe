// Finding X's compose boxes: one session per editor, from the moment the coach starts (the box
// already focused, every box already on the page) and as boxes come and go. Only reads X's DOM.
import type { Analysis, Finding } from '../../lib/engine/index.ts';
import { findingKey } from '../../lib/findings.ts';
import { scrollBoxOf } from '../../lib/x/composer.ts';
import type { ToolbarRow } from './geometry.ts';
import { EDITOR_SELECTOR, isComposeEditor, readEditor, type TextMap } from '../../lib/x/text.ts';

export interface Session {
  id: number;
  editor: HTMLElement;
  map: TextMap;
  /** The text `analysis` belongs to. */
  text: string;
  analysis: Analysis;
  /** Findings dismissed for this draft, by rule and text. */
  dismissed: Set<string>;
  /** Block findings already announced to screen readers. */
  announced: Set<string>;
  composing: boolean;
  /** Settings changed (or nothing analysed yet) since the last analysis. */
  stale: boolean;
  /** A deferred analysis (long drafts), if one is waiting. */
  timer: number;
  /** How long the last analysis took (ms), and the length of the text it analysed. */
  cost: number;
  costLength: number;
  rtl?: boolean;
  /** X's toolbar row for the badge (null: none; undefined: look again). */
  toolbar?: ToolbarRow | null;
  cleanup: () => void;
}

export interface SessionEvents {
  /** The box's text or layout may have changed. */
  changed(s: Session): void;
  resized(): void;
  /** The box is gone: its view state must go too. */
  removed(s: Session): void;
}

let nextId = 1;

export class Sessions {
  private readonly byEditor = new Map<HTMLElement, Session>();
  /** The compose box that last had focus (focus moves to Post when it is clicked). */
  lastFocused: HTMLElement | null = null;

  /** `empty`: the analysis a box has before its first one (nothing found). */
  constructor(private readonly win: Window, private readonly events: SessionEvents, private readonly empty: () => Analysis) {}

  get size(): number { return this.byEditor.size; }

  all(): IterableIterator<Session> { return this.byEditor.values(); }

  of(editor: Element | null | undefined): Session | undefined {
    return editor instanceof HTMLElement ? this.byEditor.get(editor) : undefined;
  }

  byId(id: number): Session | undefined {
    for (const s of this.byEditor.values()) if (s.id === id) return s;
    return undefined;
  }

  /** The focused box, else the one last focused, else the last one coached. */
  active(): Session | undefined {
    return this.of(this.win.document.activeElement) ?? this.of(this.lastFocused) ?? [...this.byEditor.values()].pop();
  }

  /** Lets go of removed boxes and takes every box on the page, the focused one first. */
  scan(): void {
    const doc = this.win.document;
    const found = new Set(doc.querySelectorAll<HTMLElement>(EDITOR_SELECTOR));
    for (const [editor, s] of this.byEditor) {
      if (!editor.isConnected || !found.has(editor)) this.detach(s);
      // The page changed (a post added to a thread moves the toolbar): find the badge's row again.
      else s.toolbar = undefined;
    }
    const focused = doc.activeElement;
    if (focused instanceof HTMLElement && found.has(focused)) this.attach(focused);
    for (const editor of found) this.attach(editor);
  }

  /**
   * Starts coaching a box. Nothing is analysed here (this can run inside X's focus or click
   * handlers): the box is marked changed and the frame loop analyses it within its budget.
   */
  attach(editor: HTMLElement): Session | undefined {
    if (!isComposeEditor(editor)) return undefined;
    const existing = this.byEditor.get(editor);
    if (existing) return existing;
    const map = readEditor(editor);
    const observer = new MutationObserver(() => this.events.changed(s));
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.events.resized()) : null;
    const s: Session = {
      id: nextId++, editor, map, text: '', analysis: this.empty(), dismissed: new Set(), announced: new Set(),
      composing: false, stale: true, timer: 0, cost: 0, costLength: 0, cleanup: () => undefined,
    };
    observer.observe(editor, { childList: true, subtree: true, characterData: true });
    resize?.observe(scrollBoxOf(editor));
    const compStart = () => { s.composing = true; };
    // Draft settles a composition 20 ms after compositionend: read after that.
    const compEnd = () => { this.win.setTimeout(() => { s.composing = false; this.events.changed(s); }, 25); };
    editor.addEventListener('compositionstart', compStart);
    editor.addEventListener('compositionend', compEnd);
    s.cleanup = () => {
      this.win.clearTimeout(s.timer);
      observer.disconnect();
      resize?.disconnect();
      editor.removeEventListener('compositionstart', compStart);
      editor.removeEventListener('compositionend', compEnd);
    };
    this.byEditor.set(editor, s);
    this.events.changed(s);
    return s;
  }

  detach(s: Session): void {
    s.cleanup();
    this.byEditor.delete(s.editor);
    this.events.removed(s);
  }

  clear(): void {
    for (const s of this.byEditor.values()) s.cleanup();
    this.byEditor.clear();
  }
}

/** The findings the user has not dismissed for this draft. */
export function visibleFindings(s: Session): Finding[] {
  return s.analysis.findings.filter((f) => !s.dismissed.has(findingKey(f, s.text)));
}
