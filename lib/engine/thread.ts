import type { Document } from './types.ts';

export function splitThread(doc: Document, limit: number): string[] {
  void doc;
  void limit;
  return [];
}
