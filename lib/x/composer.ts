// Where things are in X's composer, from an editor or from the Post button.
import { EDITOR_SELECTOR } from './text.ts';

export const POST_BUTTON_SELECTOR = 'button[data-testid="tweetButton"], button[data-testid="tweetButtonInline"]';

/** The smallest ancestor of `from` that holds both an editor and a Post button: one composer. */
export function composerRoot(from: Element): Element | null {
  for (let el: Element | null = from; el; el = el.parentElement) {
    if (el.querySelector(EDITOR_SELECTOR) && el.querySelector(POST_BUTTON_SELECTOR)) return el;
  }
  return null;
}

export function editorsOf(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(EDITOR_SELECTOR));
}

export function postButtonFor(editor: Element): HTMLButtonElement | null {
  return composerRoot(editor)?.querySelector<HTMLButtonElement>(POST_BUTTON_SELECTOR) ?? null;
}

/** The editor's own scroll box (X limits the box's height and scrolls inside it). */
export function scrollBoxOf(editor: HTMLElement): HTMLElement {
  return editor.closest<HTMLElement>('[data-testid$="RichTextInputContainer"]') ?? editor;
}
