// Reading a Draft.js editor's plain text and mapping UTF-16 offsets to DOM Ranges without touching its DOM.

export const EDITOR_SELECTOR = '[data-testid^="tweetTextarea_"][contenteditable="true"]';
export const EDITOR_TESTID = /^tweetTextarea_\d+$/;

export function isComposeEditor(el: Element): el is HTMLElement {
  return el.getAttribute('contenteditable') === 'true' && EDITOR_TESTID.test(el.getAttribute('data-testid') ?? '');
}

interface Piece { node: Text; start: number; end: number }

export interface TextMap { text: string; pieces: Piece[] }

/** Walks Draft's blocks: text nodes under [data-text="true"], blocks joined with "\n" (as getPlainText). */
export function readEditor(editor: Element): TextMap {
  const blocks = editor.querySelectorAll('[data-block="true"]');
  const pieces: Piece[] = [];
  let text = '';
  blocks.forEach((block, i) => {
    if (i > 0) text += '\n';
    block.querySelectorAll('[data-text="true"]').forEach((leaf) => {
      const walker = leaf.ownerDocument.createTreeWalker(leaf, 4 /* NodeFilter.SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const t = n as Text;
        pieces.push({ node: t, start: text.length, end: text.length + t.data.length });
        text += t.data;
      }
    });
  });
  return { text, pieces };
}

/** A DOM Range over [start, end) of the plain text, or null when out of range. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (start > end || end > map.text.length || map.pieces.length === 0) return null;
  const s = map.pieces.find((p) => start < p.end) ?? (start === map.text.length ? map.pieces[map.pieces.length - 1] : undefined);
  const e = map.pieces.find((p) => end <= p.end && end >= p.start);
  if (!s || !e) return null;
  const range = s.node.ownerDocument.createRange();
  range.setStart(s.node, Math.min(s.node.data.length, Math.max(0, start - s.start)));
  range.setEnd(e.node, Math.min(e.node.data.length, end - e.start));
  return range;
}
