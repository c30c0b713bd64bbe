// Over-long sentences lose readers on a phone screen. The finding is an empty span at the
// sentence's start: the panel names the sentence and its length, and nothing is underlined
// (a whole-sentence underline says nothing about where to act).
import { inEntity } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';
import { MAX_SENTENCE_WORDS } from '../../reading-words.ts';

export const rule: Rule = {
  id: 'clarity/long-sentence',
  category: 'clarity',
  severity: 'info',
  description: `Sentences of more than ${MAX_SENTENCE_WORDS} words.`,
  why: 'One idea per sentence reads faster, especially on a phone.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    doc.sentences.forEach((s, i) => {
      if (s.endWord - s.firstWord <= MAX_SENTENCE_WORDS) return;
      // Words of a link, handle or hashtag are not prose: count only the others.
      let n = 0;
      for (let w = s.firstWord; w < s.endWord; w++) if (!inEntity(doc, doc.words[w]!.start, doc.words[w]!.end)) n++;
      if (n <= MAX_SENTENCE_WORDS) return;
      const which = doc.sentences.length > 1 ? `Sentence ${i + 1} of ${doc.sentences.length}` : 'This sentence';
      out.push({ start: s.start, end: s.start, message: `${which} has ${n} words (aim for ${MAX_SENTENCE_WORDS} or fewer): split it where the idea changes.` });
    });
    return out;
  },
};
