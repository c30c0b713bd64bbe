// ALL-CAPS shouting: three or more capitalised words in a row that are not acronyms.
import { JARGON } from '../../data/jargon.ts';
import { inEntity } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const ACRONYMS = new Set(JARGON.map((e) => e.term.toUpperCase()));
const RUN = 3;

function shouted(doc: Document, i: number): boolean {
  const w = doc.words[i]!;
  return w.shape === 'upper' && w.text.length >= 3 && !ACRONYMS.has(w.text) && !/\d/.test(w.text) && !inEntity(doc, w.start, w.end);
}

export const rule: Rule = {
  id: 'clarity/shouting',
  category: 'clarity',
  severity: 'info',
  description: 'Runs of three or more ALL-CAPS words.',
  why: 'Capitals read as shouting, and screen readers may spell them out letter by letter.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const { words } = doc;
    for (let i = 0; i < words.length; i++) {
      if (!shouted(doc, i)) continue;
      let j = i;
      while (j + 1 < words.length && shouted(doc, j + 1) && words[j + 1]!.sentence === words[i]!.sentence) j++;
      if (j - i + 1 >= RUN) {
        const start = words[i]!.start;
        const end = words[j]!.end;
        const span = doc.text.slice(start, end).toLowerCase();
        out.push({ start, end, message: 'All capitals read as shouting', fix: { replacement: span.charAt(0).toUpperCase() + span.slice(1) } });
      }
      i = j;
    }
    return out;
  },
};
