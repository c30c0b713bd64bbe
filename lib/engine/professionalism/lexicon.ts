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

export function lexicon(list: readonly string[]): Lexicon {
  const src = source(list);
  const one = new RegExp(src, 'u');
  const every = new RegExp(src, 'gu');
  return {
    test: (lower) => one.test(lower),
    all(lower) {
      const out: Array<{ start: number; end: number; phrase: string }> = [];
      every.lastIndex = 0;
      for (let m = every.exec(lower); m; m = every.exec(lower)) {
        if (m[0].length === 0) { every.lastIndex++; continue; }
        out.push({ start: m.index, end: m.index + m[0].length, phrase: m[0].replace(/\s+/g, ' ').replace(/’/g, "'") });
      }
      return out;
    },
  };
}
