// Searches for inputs that make the engine super-linear: every repeated pattern of 1–3
// characters over a small alphabet that spans the engine's character classes (letters of both
// cases, digits, punctuation the rules key on, spaces and newlines, CJK, emoji and ZWJ), plus a
// few sentence shapes (some that give one rule a finding every few words), each at two sizes and
// with both limits (280 and Premium).
import { analyze } from '../../lib/engine/index.ts';

export const ALPHABET = ['a', 'A', '1', ' ', '\n', '.', "'", '-', '/', '@', '#', ':', '(', '日', '😀', '\u200d'];

export const SENTENCE_SHAPES = [
  'これは短い文です。',
  '😀😀 ok. ',
  'Mrs. O\'Neil-Smith, 93, room 4 on 3/14. ',
  'Pt seen 1/2 at 3pm. ',
  '#MedEd @a_b https://x.co/a ',
  'A. B. C. ',
  'Dr. A-B O\'C D\'E ',
  'مرحبا بالعالم. ',
  '1 2 3 4 5 6 7 8 9 0 ',
  // Many findings of one rule: a rule that checks each new finding against all earlier ones grows
  // with their square (occupations, rarity and news phrases, quoted nicknames, record headers).
  'Pt was a farmer and a blacksmith. ',
  'Pt with Fabry disease, first case in 20 years. ',
  'My patient was in the news after the fire. ',
  "he 'Ab' ",
  'SMITH, JOHN ',
];

export function patterns(): string[] {
  const out = [...ALPHABET];
  for (const a of ALPHABET) for (const b of ALPHABET) out.push(a + b);
  for (const a of ALPHABET) for (const b of ALPHABET) for (const c of ALPHABET) out.push(a + b + c);
  return [...out, ...SENTENCE_SHAPES];
}

/** `pattern` repeated to exactly `size` UTF-16 units, never ending inside a surrogate pair. */
export function repeatTo(pattern: string, size: number): string {
  let s = pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
  if (/[\ud800-\udbff]$/.test(s)) s = s.slice(0, -1);
  return s;
}

// The process's CPU time, not the wall clock: on a machine shared with other sessions the wall
// clock of a 25,000-character run is stretched by whatever else runs, which read as growth.
function timeOnce(text: string, premium: boolean): number {
  const t0 = process.cpuUsage();
  analyze(text, { premium });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1000;
}

function best(text: string, premium: boolean, runs: number): number {
  let m = Infinity;
  for (let i = 0; i < runs; i++) m = Math.min(m, timeOnce(text, premium));
  return m;
}

export interface Suspect {
  pattern: string;
  premium: boolean;
  small: number;
  large: number;
  growth: number;
}

/**
 * Times each pattern at a small and a middle size; linear work grows by their ratio. A pattern
 * that grows more than twice that fast, or whose time projected to `large` passes half the
 * budget, is measured at `large` itself (best of three, so a GC pause or the other core's load
 * is not reported) and reported when it grows faster than linearly there or passes `budgetMs`,
 * twice over (the second time best of six), and again from half of `large` to `large`.
 */
export function searchSuperLinear(options: { large?: number; budgetMs?: number } = {}): { suspects: Suspect[]; tried: number; measuredLarge: number } {
  const large = options.large ?? 25_000;
  const budget = options.budgetMs ?? 50;
  const small = large / 10;
  const middle = (large * 2) / 5;
  const suspects: Suspect[] = [];
  let tried = 0;
  let measuredLarge = 0;
  for (const pattern of patterns()) {
    for (const premium of [false, true]) {
      tried++;
      const little = best(repeatTo(pattern, small), premium, 2);
      const mid = best(repeatTo(pattern, middle), premium, 1);
      const projected = (mid * large) / middle;
      const fast = mid > 2 && mid / Math.max(little, 0.02) > 2 * (middle / small);
      if (!fast && projected < budget / 2) continue;
      measuredLarge++;
      const flagged = (runs: number) => {
        const big = best(repeatTo(pattern, large), premium, runs);
        const confirmedLittle = best(repeatTo(pattern, small), premium, runs);
        const growth = big / Math.max(confirmedLittle, 0.02);
        return big > budget || (big > 4 && growth > 2 * (large / small)) ? { pattern, premium, small: confirmedLittle, large: big, growth } : null;
      };
      // A pattern flagged once is timed again, best of six, before it is reported: on a shared
      // machine one slow run of three at 25,000 characters is not yet growth. Then its growth is
      // read again from half the size to the full one (linear work doubles; quadratic work
      // quadruples): a 2,500-character time taken while the engine ran warm and a 25,000-character
      // one taken cold made a linear pattern look ×30 (it measured 1.7, 3.2, 9.5, 9.9 and 13.6 ms
      // at 2,500, 10,000, 25,000, 50,000 and 100,000 characters timed alone).
      const doubling = () => {
        const half = best(repeatTo(pattern, large / 2), premium, 6);
        const big = best(repeatTo(pattern, large), premium, 6);
        return big > budget || (big > 4 && big / Math.max(half, 0.02) > 3);
      };
      const suspect = flagged(3) && flagged(6);
      if (suspect && doubling()) suspects.push(suspect);
    }
  }
  return { suspects, tried, measuredLarge };
}
