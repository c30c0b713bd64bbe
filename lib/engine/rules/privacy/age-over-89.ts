// Ages of 90 and over: Safe Harbor allows only the single category "90 or older".
import { findAges, type AgeMention } from '../../privacy/ages.ts';
import { wordIndexAt } from '../../phrases.ts';
import { RELATIVES } from '../../privacy/name-lexicon.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

function fix(doc: Document, a: AgeMention): string {
  const span = doc.text.slice(a.start, a.end);
  switch (a.form) {
    case 'birthday':
      return 'milestone birthday';
    case 'word':
    case 'decade':
      return /^in|^into/i.test(span) ? span.replace(/(?:(?:late|early|mid)[- ])?(?:\d+s|nineties)$/i, '90s or older') : 'patient over 90';
    case 'pronoun':
    case 'age':
      return span.replace(a.number, 'over 90');
    default:
      return span.replace(a.number, '90+');
  }
}

const PATIENT_WORDS = new Set(['patient', 'patients', 'pt', 'pts', "patient's", "pt's"]);

/** Sentences that name the author's own relative ("my nani", "our grandpa") and no patient: one pass over the words. */
function ownRelativeSentences(doc: Document): Set<number> {
  const relative = new Set<number>();
  const patient = new Set<number>();
  const w = doc.words;
  for (let i = 0; i < w.length; i++) {
    const x = w[i]!;
    if (PATIENT_WORDS.has(x.lower)) patient.add(x.sentence);
    else if ((x.lower === 'my' || x.lower === 'our') && i + 1 < w.length && w[i + 1]!.sentence === x.sentence && RELATIVES.has(w[i + 1]!.lower)) relative.add(x.sentence);
  }
  for (const s of patient) relative.delete(s);
  return relative;
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
    // A relative's age in the author's own life is no patient's identifier: the model weighs it.
    const { patientCase, selfStory } = doc.context;
    const family = (a: AgeMention) => {
      // A relative named in the age's own sentence ("my nani turned 90") and no patient story.
      const s = doc.words[wordIndexAt(doc, a.start)]?.sentence;
      return doc.words.some((w) => w.sentence === s && RELATIVES.has(w.lower));
    };
    const floored = (a: AgeMention) => AS_AGE.has(a.form) && (patientCase || (!selfStory && !family(a)));
    // "My grandpa turned 95 today": the author's own relative, in a sentence about no patient, is nobody's record.
    const ages = findAges(doc).filter((a) => a.years >= 90);
    const own = ages.length ? ownRelativeSentences(doc) : null;
    return ages
      .filter((a) => !own?.has(doc.words[wordIndexAt(doc, a.start)]?.sentence ?? -1))
      .map((a) => ({ start: a.start, end: a.end, message: `Age of ${a.number || 'over 90'}`, fix: { replacement: fix(doc, a) }, ...(floored(a) ? { floor: 'block' as const } : {}) }));
  },
};
