// The finding card: the one writer of `view.card`. The pointer (resting on an underline), the caret
// (inside a flagged word) and the actions all open and close it through here.
import type { ViewStore } from './view.ts';

export class Card {
  constructor(private readonly view: ViewStore) {}

  /** Opens the card of one mark; `focus`: move keyboard focus into it (the shortcut's direct route). */
  open(sessionId: number, key: string, focus = false): void {
    const card = this.view.getState().card;
    if (card?.sessionId === sessionId && card.key === key && !!card.focus === focus) return;
    this.view.setState({ card: { sessionId, key, focus } });
  }

  close(): void {
    if (this.view.getState().card) this.view.setState({ card: null });
  }

  /** Closes the card if it belongs to this session (the box is gone or the caret left the word). */
  closeFor(sessionId: number): void {
    if (this.view.getState().card?.sessionId === sessionId) this.view.setState({ card: null });
  }

  get current() {
    return this.view.getState().card;
  }
}
