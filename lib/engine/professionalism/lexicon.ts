// Word lists as matchers: one alternation of literals per list, bounded by non-word characters,
// so a test over a clause costs one linear regex pass whatever the list's length.

const ESCAPE = /[.*+?^${}()|[\]\\]/g;

function source(list: readonly string[]): string {
  const alts = [...new Set(list.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(ESCAPE, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  return `(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`;
}

export interface Lexicon {
  /** True when the (lower-cased) text holds one of the list's phrases. */
  test(lower: string): boolean;
  /** Every match, left to right, as [start, end) offsets into `lower`. */
  all(lower: string): Array<{ start: number; end: number; phrase: string }>;
}

// A phrase can match only where its first run of letters and digits stands as a whole run of the
// text (the match is bounded by non-word characters on both sides of that run). So a list none of
// whose first runs is a run of the text cannot match it, and the regex need not run: most tests
// fail, and a few set look-ups are far cheaper than a pass of a regex of a hundred alternatives.
const RUN = /[\p{L}\p{N}]+/gu;
const FIRST_RUN = /^[\p{L}\p{N}]+/u;
// Bounded by entries and by characters: a long draft's text must not pin megabytes.
const RUNS_MAX = 256;
const RUNS_CHARS_MAX = 100_000;
const runsCache = new Map<string, string[]>();
let runsChars = 0;

/** The maximal runs of letters and digits of a text (remembered: each clause is tested by many lists). */
function runsOf(text: string): string[] {
  let runs = runsCache.get(text);
  if (runs) return runs;
  runs = text.match(RUN) ?? [];
  if (runsCache.size >= RUNS_MAX || runsChars + text.length > RUNS_CHARS_MAX) {
    runsCache.clear();
    runsChars = 0;
  }
  runsCache.set(text, runs);
  runsChars += text.length;
  return runs;
}

/** The first runs of a list's phrases, or null when a phrase opens with another character. */
function firstRuns(list: readonly string[]): Set<string> | null {
  const out = new Set<string>();
  for (const w of list) {
    const run = FIRST_RUN.exec(w.toLowerCase())?.[0];
    if (!run) return null;
    out.add(run);
  }
  return out;
}

/**
 * Past this length a text is not pre-checked: a regex stops at its first match, while the check
 * would look at every word of a long draft first.
 */
const PRECHECK_MAX = 600;

function mayMatch(firsts: Set<string> | null, lower: string): boolean {
  if (!firsts || lower.length > PRECHECK_MAX) return true;
  const runs = runsOf(lower);
  for (let i = 0; i < runs.length; i++) if (firsts.has(runs[i]!)) return true;
  return false;
}

export function lexicon(list: readonly string[]): Lexicon {
  const src = source(list);
  const one = new RegExp(src, 'u');
  const every = new RegExp(src, 'gu');
  const firsts = firstRuns(list);
  return {
    test: (lower) => mayMatch(firsts, lower) && one.test(lower),
    all(lower) {
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      if (!mayMatch(firsts, lower)) return out;
      every.lastIndex = 0;
      for (let m = every.exec(lower); m; m = every.exec(lower)) {
        if (m[0].length === 0) { every.lastIndex++; continue; }
        out.push({ start: m.index, end: m.index + m[0].length, phrase: m[0].replace(/\s+/g, ' ').replace(/’/g, "'") });
      }
      return out;
    },
  };
}
