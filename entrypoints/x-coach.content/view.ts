// What the overlay draws, as plain data. Each piece has one writer: `sessions`, `announcement`
// the frame loop (frame.ts); `card` the card (card.ts); `panel` and `notice` the actions
// (actions.ts); `gate` the check before posting (gate.ts); `theme`, `scale` the coach's theme reader.
// The React layer only reads it and calls the coach.
import { createStore } from 'zustand/vanilla';
import type { Analysis, Finding } from '../../lib/engine/index.ts';
import type { XTheme } from '../../lib/x/theme.ts';

export interface Box { left: number; top: number; width: number; height: number }

export interface Mark { key: string; finding: Finding; rects: Box[] }

/** Where the badge goes: a point and which side of it the badge extends to. */
export interface Anchor { x: number; y: number; side: 'left' | 'right' }

export interface SessionView {
  id: number;
  text: string;
  analysis: Analysis;
  marks: Mark[];
  /** The editor's visible box, for placing the panel. */
  frame: Box;
  /** Off the text: beside X's toolbar row, or just below the box when it has none. */
  badge: Anchor;
  rtl: boolean;
}

export interface GateFinding { sessionId: number; finding: Finding; quote: string }

export interface GateView {
  sessionIds: number[];
  findings: GateFinding[];
  /** "Post 2 of 3" when the composer is a thread and one post holds every finding. */
  where: string;
  /** The draft is long and its analysis runs outside X's click handler: the dialog says "checking". */
  checking: boolean;
  /** Fixes from "Fix all" that could not be applied. */
  note: string;
}

/** A message on the card or panel of one finding (a fix that could not be applied). */
export interface Notice { sessionId: number; key: string; text: string }

export interface ViewState {
  sessions: SessionView[];
  /** The finding whose card is open (hover or caret), and whether keyboard focus should go into it. */
  card: { sessionId: number; key: string; focus?: boolean } | null;
  panel: number | null;
  notice: Notice | null;
  gate: GateView | null;
  theme: XTheme;
  scale: number;
  announcement: string;
}

export const createView = () => createStore<ViewState>(() => ({
  sessions: [],
  card: null,
  panel: null,
  notice: null,
  gate: null,
  theme: 'light',
  scale: 1,
  announcement: '',
}));

export type ViewStore = ReturnType<typeof createView>;
