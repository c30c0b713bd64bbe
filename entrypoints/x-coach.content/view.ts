// What the overlay draws, as plain data: the coach writes it, the React layer renders it.
import { createStore } from 'zustand/vanilla';
import type { Analysis, Finding } from '../../lib/engine/index.ts';
import type { XTheme } from '../../lib/x/theme.ts';

export interface Box { left: number; top: number; width: number; height: number }

export interface Mark { key: string; finding: Finding; rects: Box[] }

export interface SessionView {
  id: number;
  text: string;
  analysis: Analysis;
  marks: Mark[];
  /** The editor's visible box, for placing the badge and panel. */
  frame: Box;
  rtl: boolean;
}

export interface GateView {
  sessionIds: number[];
  findings: { sessionId: number; finding: Finding; quote: string }[];
}

export interface ViewState {
  sessions: SessionView[];
  /** The finding whose card is open (hover or caret). */
  card: { sessionId: number; key: string } | null;
  panel: number | null;
  gate: GateView | null;
  theme: XTheme;
  scale: number;
  announcement: string;
}

export const createView = () => createStore<ViewState>(() => ({
  sessions: [],
  card: null,
  panel: null,
  gate: null,
  theme: 'light',
  scale: 1,
  announcement: '',
}));

export type ViewStore = ReturnType<typeof createView>;
