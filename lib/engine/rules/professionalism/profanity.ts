// Profanity, including common obfuscations (f*ck, sh!t, a$$).
import { PROFANITY } from '../../data/profanity.ts';
import { matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const WORDS = new Set(PROFANITY);
// A word with symbols standing in for letters: letters, then 1–3 of * ! @ $ # 1 0, then letters.
const OBFUSCATED = /\b[a-z]{1,6}[*!@$#10]{1,3}[a-z]{0,6}(?![a-z0-9])/gi;
const UNMASK: Record<string, string> = { '!': 'i', '1': 'i', '@': 'a', $: 's', '0': 'o' };

// Listed words by length and first letter, so a masked word is compared with a handful only.
const BY_SHAPE = new Map<string, string[]>();
for (const w of PROFANITY) {
  const key = `${w.length}:${w[0]}`;
  BY_SHAPE.set(key, [...(BY_SHAPE.get(key) ?? []), w]);
}

/** "f*ck", "sh!t", "a$$": "*" or "#" (a run of them) stands for one vowel, the others for a letter. */
function isMaskedProfanity(masked: string): boolean {
  const lower = masked.toLowerCase().replace(/[*#]+/g, '*');
  const list = BY_SHAPE.get(`${lower.length}:${lower[0]}`);
  if (!list) return false;
  return list.some((w) => {
    for (let i = 0; i < lower.length; i++) {
      const c = lower[i]!;
      if (c !== w[i] && !(c === '*' && 'aeiou'.includes(w[i]!)) && UNMASK[c] !== w[i]) return false;
    }
    return true;
  });
}

export const rule: Rule = {
  id: 'professionalism/profanity',
  category: 'professionalism',
  severity: 'warn',
  description: 'Profanity, including masked spellings.',
  why: 'Your profile says physician: colleagues, patients and employers read it that way.',
  check(doc: Document): RawFinding[] {
    const out: RawFinding[] = [];
    for (const w of doc.words) if (WORDS.has(w.lower)) out.push({ start: w.start, end: w.end, message: 'Profanity' });
    for (const m of matches(doc.text, OBFUSCATED)) {
      if (m.index > 0 && /[\p{L}\p{N}@#]/u.test(doc.text[m.index - 1]!)) continue;
      // The shortest listed word has three letters: "f*" or "a!" cannot hide one.
      if (m[0].length < 3) continue;
      if (isMaskedProfanity(m[0])) out.push({ start: m.index, end: m.index + m[0].length, message: 'Profanity (masked)' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
