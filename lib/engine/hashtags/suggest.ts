import type { Document, Suggestion } from '../types.ts';

/** Up to three hashtag suggestions for the draft, best first. */
export function suggestHashtags(doc: Document): Suggestion[] {
  void doc;
  return [];
}

/** The tweet chat reminder ("Start answers with A1:") when a chat in the settings is in session. */
export function chatReminder(doc: Document): string | null {
  void doc;
  return null;
}
