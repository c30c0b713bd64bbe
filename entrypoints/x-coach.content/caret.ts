// The caret: for keyboard users, the card follows the caret into and out of flagged words.
import { EDITOR_SELECTOR } from '../../lib/x/text.ts';
import type { Card } from './card.ts';
import type { Sessions } from './sessions.ts';
import type { ViewStore } from './view.ts';

/** The mark (not a note) under a collapsed caret in a coached box, if any. */
export function markAtCaret(doc: Document, sessions: Sessions, view: ViewStore): { sessionId: number; key: string } | { sessionId: number; key: null } | null {
  const sel = doc.getSelection();
  if (!sel || !sel.isCollapsed || !sel.anchorNode) return null;
  const editor = (sel.anchorNode instanceof Element ? sel.anchorNode : sel.anchorNode.parentElement)?.closest<HTMLElement>(EDITOR_SELECTOR);
  const s = sessions.of(editor);
  if (!s) return null;
  const piece = s.map.pieces.find((p) => p.node === sel.anchorNode);
  if (!piece) return null;
  const caret = piece.start + sel.anchorOffset;
  const marks = view.getState().sessions.find((v) => v.id === s.id)?.marks ?? [];
  const mark = marks.find((m) => m.finding.start < caret && caret < m.finding.end && m.finding.severity !== 'info');
  return { sessionId: s.id, key: mark?.key ?? null };
}

/** Opens the card of the mark under the caret, or closes the box's card when the caret is on no mark. */
export function followCaret(at: ReturnType<typeof markAtCaret>, card: Card): void {
  if (!at) return;
  if (at.key !== null) card.open(at.sessionId, at.key);
  else card.closeFor(at.sessionId);
}
