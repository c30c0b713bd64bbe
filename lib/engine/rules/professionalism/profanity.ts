// Profanity, including common obfuscations (f*ck, sh!t, a$$).
import { PROFANITY } from '../../data/profanity.ts';
import { matches } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const WORDS = new Set(PROFANITY);
// A word with symbols standing in for letters: letters, then 1–3 of * ! @ $ # 1 0, then letters.
const OBFUSCATED = /\b[a-z]{1,6}[*!@$#10]{1,3}[a-z]{0,6}(?![a-z0-9])/gi;
const UNMASK: Record<string, string> = { '!': 'i', '1': 'i', '@': 'a', $: 's', '0': 'o' };

function candidates(masked: string): string[] {
  const lower = masked.toLowerCase();
  const direct = lower.replace(/[!1@$0]/g, (c) => UNMASK[c] ?? c);
  // "*" may stand for any vowel.
  return direct.includes('*') || direct.includes('#') ? ['a', 'e', 'i', 'o', 'u'].map((v) => direct.replace(/[*#]+/g, v)) : [direct];
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
      if (candidates(m[0]).some((c) => WORDS.has(c))) out.push({ start: m.index, end: m.index + m[0].length, message: 'Profanity (masked)' });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
