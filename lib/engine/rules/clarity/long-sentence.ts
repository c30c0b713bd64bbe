// Over-long sentences lose readers on a phone screen.
import type { Document, RawFinding, Rule } from '../../types.ts';

const MAX_WORDS = 30;

export const rule: Rule = {
  id: 'clarity/long-sentence',
  category: 'clarity',
  severity: 'info',
  description: `Sentences of more than ${MAX_WORDS} words.`,
  why: 'One idea per sentence reads faster, especially on a phone.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    for (const s of doc.sentences) {
      const n = s.endWord - s.firstWord;
      if (n > MAX_WORDS) out.push({ start: s.start, end: s.end, message: `${n}-word sentence: consider splitting it` });
    }
    return out;
  },
};
