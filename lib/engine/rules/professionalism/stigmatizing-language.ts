// Derogatory or stigmatising words about patients: slurs, labels ("the diabetic in bed 4"), mocking
// and contempt. A label quoted to criticise it stays silent. Person-first wording offered as a fix.
import { LABEL_DETERMINERS, NOUN_LABELS, STIGMA } from '../../data/stigma.ts';
import { detect } from '../../professionalism/model.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const PREFERRED = new Map(STIGMA.map((e) => [e.term.toLowerCase(), e.preferred]));
// No listed term is longer: neither is the lower case of a longer tail (lower-casing never shortens).
const LONGEST = Math.max(...[...PREFERRED.keys()].map((k) => k.length));

/** "a diabetic" → "a person with diabetes"; "frequent flyer" → "patient with frequent visits". */
function fixOf(text: string): string | undefined {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const listed = PREFERRED.get(lower);
  if (listed) return listed;
  // "another junkie", "two addicts": keep the words before the listed term (the text after each
  // space in turn; a whole sentence is one candidate, so only tails short enough are looked up).
  for (let sp = text.indexOf(' '); sp >= 0; sp = text.indexOf(' ', sp + 1)) {
    if (text.length - sp - 1 > LONGEST) continue;
    const tail = PREFERRED.get(text.slice(sp + 1).toLowerCase().replace(/’/g, "'"));
    if (tail) return `${text.slice(0, sp)} ${tail}`;
  }
  const m = /^(\p{L}+) (\p{L}+)$/u.exec(text);
  const label = m ? NOUN_LABELS.get(m[2]!.toLowerCase()) : undefined;
  if (!m || !label || !LABEL_DETERMINERS.has(m[1]!.toLowerCase())) return undefined;
  const det = m[1]!;
  const lead = det.toLowerCase() === 'an' ? (det === 'An' ? 'A' : 'a') : det;
  return `${lead} ${label}`;
}

export const rule: Rule = {
  id: 'professionalism/stigmatizing-language',
  category: 'professionalism',
  severity: 'warn',
  description: 'Derogatory or stigmatising words about patients ("frequent flyer", "junkie", "the diabetic in bed 4").',
  why: 'Labels like these erode trust and bias care; person-first words say the same thing with respect.',
  check(doc: Document): RawFinding[] {
    return detect(doc, 'stigma').map((c) => {
      const fix = fixOf(doc.text.slice(c.start, c.end));
      return {
        start: c.start,
        end: c.end,
        message: fix ? `Stigmatising words about patients: say “${fix}”` : 'Stigmatising words about patients: describe the situation, not the person',
        ...(fix ? { fix: { replacement: fix } } : {}),
      };
    });
  },
};
