// The one message the coach on X sends the background script: a draft, for the advice the page does
// not compute itself (lib/engine/advice.ts). Shared by both ends so its shape is checked in one place.
import type { Settings } from '../engine/in-page.ts';

export const ADVICE_MESSAGE = 'coach:advice';

export interface AdviceRequest {
  type: typeof ADVICE_MESSAGE;
  text: string;
  settings: Partial<Settings>;
  /** Whether to suggest hashtags (a panel is open). */
  hashtags: boolean;
}

export function isAdviceRequest(m: unknown): m is AdviceRequest {
  const r = m as Partial<AdviceRequest> | null;
  return r?.type === ADVICE_MESSAGE && typeof r.text === 'string' && typeof r.settings === 'object' && r.settings !== null && typeof r.hashtags === 'boolean';
}
