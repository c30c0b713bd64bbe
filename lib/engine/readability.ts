import type { Document } from './types.ts';

export interface Readability {
  grade: number | null;
  words: number;
  sentences: number;
}

export function readability(doc: Document): Readability {
  return { grade: null, words: doc.words.length, sentences: doc.sentences.length };
}
