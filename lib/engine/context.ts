import type { Context, Document } from './types.ts';

export function detectContext(doc: Document): Context {
  void doc;
  return { patientCase: false, announcement: false, selfStory: false };
}
