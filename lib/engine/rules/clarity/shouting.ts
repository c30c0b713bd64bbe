// ALL-CAPS shouting: three or more capitalised words in a row that are not acronyms.
import { ACRONYMS as KNOWN } from '../../data/packed/lists.ts';
import { JARGON } from '../../data/jargon.ts';
import { inEntity, startsSentence } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const ACRONYMS = new Set([...KNOWN, ...JARGON.map((e) => e.term.toUpperCase())]);
/** Capitalised words in a row, of which at least LONG have three or more letters ("THIS IS NOT OK"). */
const RUN = 3;
const LONG = 2;

/** A word of capitals with no vowel (BMJ, NHLBI-like strings) is an acronym, not a shout. */
function vowelless(text: string): boolean {
  return !/[AEIOUY]/.test(text);
}

function shouted(doc: Document, i: number): boolean {
  const w = doc.words[i]!;
  if (w.text === 'I' || w.text === 'A') return true;
  return w.shape === 'upper' && !ACRONYMS.has(w.text) && !vowelless(w.text) && !/\d/.test(w.text) && !inEntity(doc, w.start, w.end);
}

export const rule: Rule = {
  id: 'clarity/shouting',
  category: 'clarity',
  severity: 'info',
  description: 'Runs of three or more ALL-CAPS words that are not acronyms.',
  why: 'Capitals read as shouting, and screen readers may spell them out letter by letter.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    const { words } = doc;
    // A run is reported only with LONG words of three letters or more, each in capitals ("I" and
    // "A" are the only other words a run takes): most drafts have fewer.
    let capitals = 0;
    for (let i = 0; i < words.length && capitals < LONG; i++) if (words[i]!.shape === 'upper' && words[i]!.text.length >= 3) capitals++;
    if (capitals < LONG) return out;
    for (let i = 0; i < words.length; i++) {
      if (!shouted(doc, i)) continue;
      let j = i;
      while (j + 1 < words.length && shouted(doc, j + 1) && words[j + 1]!.sentence === words[i]!.sentence) j++;
      let long = 0;
      for (let k = i; k <= j; k++) if (words[k]!.text.length >= 3) long++;
      if (j - i + 1 >= RUN && long >= LONG) {
        const start = words[i]!.start;
        const end = words[j]!.end;
        // Sentence case: lower case, with a capital only where the run starts its sentence.
        let span = doc.text.slice(start, end).toLowerCase().replace(/\bi\b/g, 'I');
        if (startsSentence(doc, i)) span = span.charAt(0).toUpperCase() + span.slice(1);
        out.push({ start, end, message: 'All capitals read as shouting', fix: { replacement: span } });
      }
      i = j;
    }
    return out;
  },
};
