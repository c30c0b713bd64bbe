// The labelled drafts in ../shared/eval, read in place (never copied into the project), and the
// one fixed split of each training file: a hash of the id puts one draft in five in the holdout.
// Fit and tune on the learning part (plus dev); read the holdout only as aggregate scores.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVAL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/eval');

export interface PrivacyDraft {
  id: string;
  text: string;
  risky: boolean;
  phi: Array<{ span: string; kind: string }>;
  hashtags: string[];
  specialty?: string;
}

export interface ProfessionalismDraft {
  id: string;
  text: string;
  flagged: boolean;
  issues: Array<{ span: string; kind: string }>;
}

export function readJsonl<T>(name: string): T[] {
  return readFileSync(resolve(EVAL_DIR, name), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** FNV-1a, 32 bit: a stable hash of the id, so the split never moves between runs or machines. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The fixed rule: a draft is in the holdout when the hash of its id is 0 mod 5 (about 20%). */
export function isHoldout(id: string): boolean {
  return fnv1a(id) % 5 === 0;
}

export interface Split<T> {
  learn: T[];
  holdout: T[];
}

export function split<T extends { id: string }>(drafts: T[]): Split<T> {
  return { learn: drafts.filter((d) => !isHoldout(d.id)), holdout: drafts.filter((d) => isHoldout(d.id)) };
}

/** What a fitting script may learn from: the learning part of train.jsonl plus all of dev.jsonl. */
export function privacyLearningSet(): PrivacyDraft[] {
  return [...split(readJsonl<PrivacyDraft>('train.jsonl')).learn, ...readJsonl<PrivacyDraft>('dev.jsonl')];
}

export function professionalismLearningSet(): ProfessionalismDraft[] {
  return split(readJsonl<ProfessionalismDraft>('professionalism-train.jsonl')).learn;
}
