// Ages of 90 and over: Safe Harbor allows only the single category "90 or older".
import { findAges, type AgeMention } from '../../privacy/ages.ts';
import { wordIndexAt } from '../../phrases.ts';
import { listBits, PATIENT_BIT, RELATIVE_BIT, RELATIVES } from '../../privacy/name-lexicon.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

function fix(doc: Document, a: AgeMention): string {
  const span = doc.text.slice(a.start, a.end);
  switch (a.form) {
    case 'birthday':
      return 'milestone birthday';
    // "in her 90s" is still finer than Safe Harbor's one group: "over 90".
    case 'decade':
      return 'over 90';
    case 'word':
      return 'patient over 90';
    case 'pronoun':
    case 'age':
      // "Ninety-four and still…": an age in words is replaced whole.
      if (!a.number) return /^\p{Lu}/u.test(span) ? 'Over 90' : 'over 90';
      return span.replace(a.number, 'over 90');
    default:
      return span.replace(a.number, '90+');
  }
}

/** The sentences that hold a word of this list (a bit of listBits): one pass over the document's words. */
function sentencesHolding(doc: Document, bit: number): Set<number> {
  const out = new Set<number>();
  const bits = listBits(doc);
  for (let i = 0; i < bits.length; i++) if (bits[i]! & bit) out.add(doc.words[i]!.sentence);
  return out;
}

/**
 * "My grandpa turned 95", "our nani, 92,", "Mum's 91st birthday": the age comes within four words
 * of a relative after "my" or "our", or of one named as only the family names them (capitalised,
 * "Mum", "Grandad", and before no name), in a sentence about no patient.
 */
function ownRelativeAge(doc: Document, wi: number, patients: ReadonlySet<number>): boolean {
  const w = doc.words;
  const s = w[wi]?.sentence;
  if (s === undefined || patients.has(s)) return false;
  for (let k = wi - 1; k >= Math.max(0, wi - 4) && w[k]!.sentence === s; k--) {
    const x = w[k]!;
    // (Not a kin word that titles a name: "Mama Wanjiru", "Grandma Jo" is how a patient is called.)
    if (x.shape === 'cap' ? RELATIVES.has(x.lower.replace(/['’]s$/, '')) && w[k + 1]?.shape !== 'cap' : RELATIVES.has(x.lower) && /^(?:my|our)$/.test(w[k - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** A professional title (Dr., Prof.) at most 16 words before word wi in its sentence, which holds no patient word. */
function titledBefore(doc: Document, wi: number, patients: ReadonlySet<number>): boolean {
  const w = doc.words;
  const s = w[wi]?.sentence;
  if (s === undefined || patients.has(s)) return false;
  for (let k = wi - 1; k >= Math.max(0, wi - 16) && w[k]!.sentence === s; k--) if (/^(?:dr|prof|professor)$/.test(w[k]!.lower)) return true;
  return false;
}

// Forms that can only be an age ("97-year-old", "94M", "aged 91", "nonagenarian", "100th birthday"),
// and a number set off after a name ("Ruth, 96,"): a block in a patient's story. A decade ("in her
// 90s") stays with the model.
const AS_AGE = new Set<AgeMention['form']>(['unit', 'sex', 'age', 'pronoun', 'birthday', 'word', 'apposition']);

export const rule: Rule = {
  id: 'privacy/age-over-89',
  category: 'privacy',
  severity: 'block',
  description: 'Ages of 90 and over, in any form: 94yo, a 101-year-old, 100th birthday, nonagenarian.',
  why: 'Ages over 89 are rare enough to identify someone; Safe Harbor allows only "90 or older".',
  check(doc: Document): RawFinding[] {
    const ages = findAges(doc).filter((a) => a.years >= 90);
    if (!ages.length) return [];
    // Each found once per document, not once per age: a text of many ages stays linear.
    const patients = sentencesHolding(doc, PATIENT_BIT);
    const relatives = sentencesHolding(doc, RELATIVE_BIT);
    const { patientCase, selfStory } = doc.context;
    const out: RawFinding[] = [];
    for (const a of ages) {
      const wi = wordIndexAt(doc, a.start);
      // "My grandpa turned 95 today": the author's own relative, in a sentence about no patient, is nobody's record.
      if (ownRelativeAge(doc, wi, patients)) continue;
      // A relative's age in the author's own life is no patient's identifier: the model weighs it.
      // (A relative named in the age's own sentence, "my nani turned 90", outside a patient story.)
      const family = relatives.has(doc.words[wi]?.sentence ?? -1);
      // So is a colleague's, titled before it in a sentence about no patient ("Prof. Mokoena … passed away aged 91").
      const colleague = !patientCase && titledBefore(doc, wi, patients);
      const floored = AS_AGE.has(a.form) && (patientCase || (!selfStory && !family && !colleague));
      out.push({ start: a.start, end: a.end, message: `Age of ${a.number || 'over 90'}`, fix: { replacement: fix(doc, a) }, ...(floored ? { floor: 'block' as const } : {}) });
    }
    return out;
  },
};
