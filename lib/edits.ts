// Edits to a draft as plain text, shared by every surface that changes one: the coach on X (which
// then makes the edit through the editor, as a user would), the practice page and the review page.
import type { Finding } from './engine/types.ts';

/** One replacement of text[start, end). */
export interface Edit { start: number; end: number; text: string }

const fits = (text: string, f: Finding): boolean =>
  Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start <= f.end && f.end <= text.length;

/**
 * The edit a finding's fix makes, or null when it has none or its offsets no longer fit. A removal
 * that would leave two spaces side by side, or a space opening the post, also takes the spaces
 * after the gap ("room 412 today" -> "today"); only characters at or after the edit's start are
 * touched, so offsets to its left stay valid.
 */
export function fixEdit(text: string, f: Finding): Edit | null {
  if (!f.fix || !fits(text, f)) return null;
  // The fix may take a little more than the span: a preposition or separator beside it.
  const start = f.fix.start ?? f.start;
  let end = f.fix.end ?? f.end;
  if (!fits(text, { ...f, start, end }) || start > f.start || end < f.end) return null;
  if (f.fix.replacement === '' && (start === 0 || /[ \t]/.test(text[start - 1]!))) {
    while (end < text.length && /[ \t]/.test(text[end]!)) end++;
  }
  return { start, end, text: f.fix.replacement };
}

/** `text` with one finding's fix applied; `delta` is the change in length (0 when nothing applies). */
export function applyFix(text: string, finding: Finding): { text: string; delta: number } {
  const edit = fixEdit(text, finding);
  if (!edit) return { text, delta: 0 };
  const out = applyEdit(text, edit);
  return { text: out, delta: out.length - text.length };
}

/** The edit that appends `addition` (a hashtag) at the end, after a space when one is needed. */
export function appendEdit(text: string, addition: string): Edit {
  const sep = text === '' || /\s$/.test(text) ? '' : ' ';
  return { start: text.length, end: text.length, text: sep + addition };
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}
