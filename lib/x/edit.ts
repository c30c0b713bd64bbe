// Changing the draft the way a user would, so Draft.js keeps its model, caret and undo stack:
// select the span, let Draft see the selection, then paste (insertText as the fallback).
import { appendEdit } from '../edits.ts';
import { readEditor, rangeFor } from './text.ts';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Replaces [start, end) of the editor's plain text with `replacement`. Resolves true when the text changed as asked. */
export async function replaceText(editor: HTMLElement, start: number, end: number, replacement: string): Promise<boolean> {
  const before = readEditor(editor).text;
  const expected = before.slice(0, start) + replacement + before.slice(end);
  if (!select(editor, start, end)) return false;
  // Draft reads the selection through React's onSelect (selectionchange): give it two frames.
  await frame();
  await frame();
  if (replacement) {
    const data = new DataTransfer();
    data.setData('text/plain', replacement);
    editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  } else {
    document.execCommand('delete');
  }
  await frame();
  if (readEditor(editor).text === expected) return true;
  // Some builds ignore a synthetic paste: insertText goes through beforeinput, which Draft handles.
  if (readEditor(editor).text === before && select(editor, start, end)) {
    await frame();
    document.execCommand(replacement ? 'insertText' : 'delete', false, replacement);
    await frame();
  }
  return readEditor(editor).text === expected;
}

/** Puts the DOM selection over [start, end) of the editor's text; false when the offsets no longer fit. */
export function select(editor: HTMLElement, start: number, end: number): boolean {
  const map = readEditor(editor);
  const range = map.pieces.length ? rangeFor(map, start, end) : collapsedAtStart(editor);
  if (!range) return false;
  editor.focus({ preventScroll: true });
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function collapsedAtStart(editor: HTMLElement): Range | null {
  const leaf = editor.querySelector('[data-offset-key]');
  if (!leaf) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(leaf, 0);
  range.collapse(true);
  return range;
}

/** Appends text at the end of the draft, with a separating space when needed. */
export function appendText(editor: HTMLElement, addition: string): Promise<boolean> {
  const edit = appendEdit(readEditor(editor).text, addition);
  return replaceText(editor, edit.start, edit.end, edit.text);
}
