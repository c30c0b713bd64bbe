// Changing the draft the way a user would, so Draft.js keeps its model, caret and undo stack. A
// change is exact or it is undone: the caller learns which, and the draft is never left half-edited.
//
// Draft takes the DOM selection into its model only through React's select handling (onSelect on
// selectionchange, and its own onMouseUp/onKeyUp handlers), and drops it while a render is pending
// (for instance the one its focus handler starts) or while React believes a mouse button is down.
// So: focus, let Draft settle, set the selection, hand Draft a mouseup (which both clears React's
// "mouse down" and runs Draft's select handler synchronously), let it settle, check the selection
// is still ours, and only then paste. Afterwards the text is re-read and compared with the promise.
import { appendEdit } from '../edits.ts';
import { readEditor, rangeFor } from './text.ts';

export type EditResult =
  | { ok: true; text: string }
  /** `restored`: the draft is as it was before the attempt (false only if even the undo failed). */
  | { ok: false; restored: boolean; reason: 'offsets' | 'selection' | 'mismatch' };

const frame = (win: Window) => new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));

/** Replaces [start, end) of the editor's plain text with `replacement`, exactly, or leaves the draft as it was. */
export async function replaceText(editor: HTMLElement, start: number, end: number, replacement: string): Promise<EditResult> {
  const win = editor.ownerDocument.defaultView ?? window;
  const before = readEditor(editor).text;
  if (start < 0 || end < start || end > before.length) return { ok: false, restored: true, reason: 'offsets' };
  const expected = before.slice(0, start) + replacement + before.slice(end);

  if (!(await selectForDraft(editor, start, end))) return { ok: false, restored: readEditor(editor).text === before, reason: 'selection' };
  if (readEditor(editor).text !== before) return { ok: false, restored: false, reason: 'selection' };

  if (replacement) paste(editor, replacement);
  else key(editor, 'Backspace', 8);
  await frame(win);
  let now = readEditor(editor).text;
  if (now === expected) return { ok: true, text: now };
  if (now === before) {
    // Nothing happened: a build that ignores a synthetic Backspace, or a paste whose clipboard data
    // the page cannot read (Firefox hides a content script's DataTransfer from the page). The
    // browser's own editing command goes through Draft's input handling, over the same selection.
    if (replacement) editor.ownerDocument.execCommand('insertText', false, replacement);
    else editor.ownerDocument.execCommand('delete');
    await frame(win);
    now = readEditor(editor).text;
    if (now === expected) return { ok: true, text: now };
  }
  return { ok: false, restored: await restore(editor, before), reason: 'mismatch' };
}

/** Appends text at the end of the draft, with a separating space when needed. */
export function appendText(editor: HTMLElement, addition: string): Promise<EditResult> {
  const edit = appendEdit(readEditor(editor).text, addition);
  return replaceText(editor, edit.start, edit.end, edit.text);
}

/** Puts the DOM selection over [start, end) of the editor's text; false when the offsets no longer fit. */
export function select(editor: HTMLElement, start: number, end: number): boolean {
  const range = rangeOf(editor, start, end);
  if (!range) return false;
  if (editor.ownerDocument.activeElement !== editor) editor.focus({ preventScroll: true });
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Selects [start, end) so that Draft's model has it, and confirms the DOM still shows that selection. */
async function selectForDraft(editor: HTMLElement, start: number, end: number): Promise<boolean> {
  const win = editor.ownerDocument.defaultView ?? window;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (editor.ownerDocument.activeElement !== editor) {
      editor.focus({ preventScroll: true });
      // Draft's focus handler updates its state: let that render finish, or it drops the next select.
      await frame(win);
    }
    if (!select(editor, start, end)) return false;
    // React's select plugin and Draft's onMouseUp both read the DOM selection on mouseup, synchronously.
    editor.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, composed: true, view: win }));
    await frame(win);
    if (selectionIs(editor, start, end)) return true;
  }
  return false;
}

/** Whether the document's selection covers exactly [start, end) of the editor's current text. */
export function selectionIs(editor: HTMLElement, start: number, end: number): boolean {
  const selection = editor.ownerDocument.getSelection();
  const want = rangeOf(editor, start, end);
  if (!selection || selection.rangeCount !== 1 || !want) return false;
  const got = selection.getRangeAt(0);
  return got.compareBoundaryPoints(Range.START_TO_START, want) === 0 && got.compareBoundaryPoints(Range.END_TO_END, want) === 0;
}

function rangeOf(editor: HTMLElement, start: number, end: number): Range | null {
  const map = readEditor(editor);
  return map.pieces.length ? rangeFor(map, start, end) : collapsedAtStart(editor);
}

function collapsedAtStart(editor: HTMLElement): Range | null {
  const leaf = editor.querySelector('[data-offset-key]');
  if (!leaf) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(leaf, 0);
  range.collapse(true);
  return range;
}

/** A paste goes through Draft's (and X's) paste handler: the model changes and one undo step is recorded. */
function paste(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}

/** A key command for Draft's keydown handler (it reads `which`), with the platform's command modifier for undo. */
function key(editor: HTMLElement, name: string, code: number, command = false): void {
  const init: KeyboardEventInit & { keyCode: number; which: number } = {
    key: name, code: name === 'z' ? 'KeyZ' : name, keyCode: code, which: code, bubbles: true, cancelable: true, composed: true,
    // Draft's command modifier is Cmd on macOS and Ctrl elsewhere; with both, either platform reads it.
    ctrlKey: command, metaKey: command,
  };
  editor.dispatchEvent(new KeyboardEvent('keydown', init));
  editor.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** Undoes a wrong edit with Draft's own undo (so its history stays whole); true when the draft reads as before. */
async function restore(editor: HTMLElement, before: string): Promise<boolean> {
  const win = editor.ownerDocument.defaultView ?? window;
  for (let i = 0; i < 2 && readEditor(editor).text !== before; i++) {
    if (editor.ownerDocument.activeElement !== editor) editor.focus({ preventScroll: true });
    key(editor, 'z', 90, true);
    await frame(win);
  }
  return readEditor(editor).text === before;
}
