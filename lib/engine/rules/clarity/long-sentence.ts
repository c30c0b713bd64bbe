// Over-long sentences lose readers on a phone screen.
import { inEntity } from '../../phrases.ts';
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
      if (s.endWord - s.firstWord <= MAX_WORDS) continue;
      // Words of a link, handle or hashtag are not prose: count only the others.
      let n = 0;
      for (let i = s.firstWord; i < s.endWord; i++) if (!inEntity(doc, doc.words[i]!.start, doc.words[i]!.end)) n++;
      if (n > MAX_WORDS) out.push({ start: s.start, end: s.end, message: `${n}-word sentence: consider splitting it` });
    }
    return out;
  },
};
