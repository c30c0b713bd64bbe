// What a reading grade means and which target applies, in the words the rule and the panel share.
import type { Settings } from './types.ts';

/** Above this grade a post is hard going for any reader, colleagues included. */
export const HARD_FOR_ANYONE = 14;

/** Sentences longer than this many prose words lose readers on a phone screen. */
export const MAX_SENTENCE_WORDS = 30;

/** The grade the draft is held to: the author's plain-language target for patient posts, else 14. */
export function gradeTarget(settings: Pick<Settings, 'patientFacing' | 'gradeTarget'>): number {
  return settings.patientFacing ? settings.gradeTarget : HARD_FOR_ANYONE;
}

/** The audience the target is for, as the panel says it. */
export function targetAudience(settings: Pick<Settings, 'patientFacing'>): string {
  return settings.patientFacing ? 'posts for patients' : 'posts for colleagues';
}

/** A Flesch–Kincaid grade in words: roughly the US school year whose pupils read the text easily. */
export function gradeMeaning(grade: number): string {
  if (grade <= 6) return 'very easy: a 12-year-old reads it easily';
  if (grade <= 8) return 'plain language: most adults read it easily';
  if (grade <= 12) return 'high-school level';
  if (grade <= 16) return 'university level';
  return 'specialist level: hard for most readers';
}
