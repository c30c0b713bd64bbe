// The one message the coach on X sends the background script: the open panel's draft, for its
// hashtag chips. Shared by both ends so its shape is checked in one place.
import type { Settings } from '../engine/in-page.ts';

export const HASHTAGS_MESSAGE = 'coach:hashtags';

export interface HashtagRequest {
  type: typeof HASHTAGS_MESSAGE;
  text: string;
  settings: Partial<Settings>;
}

export function isHashtagRequest(m: unknown): m is HashtagRequest {
  const r = m as Partial<HashtagRequest> | null;
  return r?.type === HASHTAGS_MESSAGE && typeof r.text === 'string' && typeof r.settings === 'object' && r.settings !== null;
}
