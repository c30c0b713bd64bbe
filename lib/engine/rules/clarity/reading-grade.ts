// Reading grade (Flesch–Kincaid) against a plain-language target for patient-facing posts.
import { MIN_WORDS, readability } from '../../readability.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

/** Above this grade a post is hard going for any reader. */
const HARD_FOR_ANYONE = 14;

export const rule: Rule = {
  id: 'clarity/reading-grade',
  category: 'clarity',
  severity: 'info',
  description: 'Reading grade above the plain-language target (patient-facing posts) or above 14 for anyone.',
  why: 'Shorter words and sentences reach more readers; patient materials aim at grade 8 or below.',
  check(doc: Document): RawFinding[] {
    const r = readability(doc);
    if (r.grade === null || r.words < MIN_WORDS) return [];
    const target = doc.settings.patientFacing ? doc.settings.gradeTarget : HARD_FOR_ANYONE;
    if (r.grade <= target) return [];
    // Point at the hardest sentence.
    let worst = -1;
    let worstGrade = -Infinity;
    for (const [si, g] of r.bySentence) if (g > worstGrade) [worst, worstGrade] = [si, g];
    const s = doc.sentences[worst] ?? doc.sentences[0]!;
    return [{ start: s.start, end: s.end, message: `Reading grade ${r.grade.toFixed(1)} (target ${target}): try shorter words and sentences` }];
  },
};
