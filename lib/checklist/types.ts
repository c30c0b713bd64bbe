// The training checklist's shape: tracks of short, checkable items, each with a one-line why.
export type TrackId = 'physician' | 'trainer' | 'assistant';

export interface ChecklistItem {
  id: string;
  text: string;
  why: string;
  /** A practice scenario (lib/practice/scenarios.ts) that shows the point. */
  showMe?: string;
}

export interface Track {
  id: TrackId;
  title: string;
  audience: string;
  items: ChecklistItem[];
}
