// Where things are on screen: the rectangles of each finding inside the box's own scroll area, and
// the badge's place off the text (beside X's toolbar row). Reads layout only; writes nothing.
import type { Finding } from '../../lib/engine/index.ts';
import { findingKey } from '../../lib/findings.ts';
import { composerRoot, editorsOf, scrollBoxOf } from '../../lib/x/composer.ts';
import { rangeFor, type TextMap } from '../../lib/x/text.ts';
import type { Session } from './sessions.ts';
import type { Anchor, Box, Mark, SessionView } from './view.ts';

/** The session's view: marks with their rectangles, the box's frame and the badge's anchor. */
export function layout(s: Session, findings: Finding[]): SessionView {
  const boxEl = scrollBoxOf(s.editor);
  const clip = boxEl.getBoundingClientRect();
  const seen = new Map<string, number>();
  const marks: Mark[] = [];
  for (const finding of findings) {
    const base = findingKey(finding, s.text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    marks.push({ key: `${base}#${n}`, finding, rects: rects(s.map, finding, clip) });
  }
  // Reading the direction forces a style pass: once per box, again only when the page's dir changes.
  const rtl = (s.rtl ??= getComputedStyle(s.editor).direction === 'rtl');
  if (s.toolbar === undefined || (s.toolbar && !s.toolbar.post.isConnected)) s.toolbar = toolbarRow(s.editor);
  return { id: s.id, text: s.text, analysis: s.analysis, marks, frame: toBox(clip), badge: badgeAnchor(s.editor, clip, rtl, s.toolbar), rtl };
}

function rects(map: TextMap, f: Finding, clip: DOMRect): Box[] {
  if (f.end <= f.start) return [];
  const range = rangeFor(map, f.start, f.end);
  if (!range || typeof range.getClientRects !== 'function') return [];
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

const GAP = 8;
/** Room the badge needs beside the row. */
const BADGE_ROOM = 140;

/**
 * The badge sits in X's toolbar row, just before the character ring and the Post button (the end of
 * the row), so it never covers the draft. X shows the toolbar under the active box of a thread only:
 * the other boxes, and boxes without a toolbar (a collapsed reply), get it just below their box.
 */
export function badgeAnchor(editor: HTMLElement, clip: DOMRect, rtl: boolean, found: ToolbarRow | null = toolbarRow(editor)): Anchor {
  const innerWidth = editor.ownerDocument.defaultView?.innerWidth ?? 0;
  const post = found?.post.getBoundingClientRect();
  if (found && post && post.width > 0) {
    const y = post.top + post.height / 2;
    // The ring and "Add post" sit before the Post button on the same line.
    const ends = [post, ...found.before.map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.width < 80 && r.top < y && r.bottom > y)];
    const x = rtl ? Math.max(...ends.map((r) => r.right)) + GAP : Math.min(...ends.map((r) => r.left)) - GAP;
    // Only where the badge has room in the window; else below the box, as without a toolbar.
    if (rtl ? x + BADGE_ROOM < innerWidth : x > BADGE_ROOM) return { x, y, side: rtl ? 'right' : 'left' };
  }
  const y = clip.bottom + 12;
  return rtl ? { x: clip.left + 4, y, side: 'right' } : { x: clip.right - 4, y, side: 'left' };
}

/** X's toolbar row of the composer, when this box is the one it shows under. */
export interface ToolbarRow { post: HTMLElement; before: HTMLElement[] }

/** Looks the row up (a walk up the composer: done once per box and page change, not per frame). */
export function toolbarRow(editor: HTMLElement): ToolbarRow | null {
  const root = composerRoot(editor);
  const toolbar = root?.querySelector<HTMLElement>('[data-testid="toolBar"]');
  const post = root?.querySelector<HTMLElement>('button[data-testid^="tweetButton"]');
  if (!root || !toolbar || !post || lastEditorBefore(root, toolbar) !== editor) return null;
  const before = ['[data-testid="countdown-circle"] svg', '[data-testid="addButton"]']
    .map((sel) => root.querySelector<HTMLElement>(sel)).filter((el): el is HTMLElement => !!el);
  return { post, before };
}

/** The box X shows the toolbar for: the last editor before it in the composer. */
function lastEditorBefore(root: Element, toolbar: Element): HTMLElement | undefined {
  let last: HTMLElement | undefined;
  for (const ed of editorsOf(root)) if (ed.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING) last = ed;
  return last;
}

export function toBox(r: DOMRect): Box {
  return { left: r.left, top: r.top, width: r.width, height: r.height };
}
