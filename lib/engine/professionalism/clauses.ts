// Clauses: the units advice, claims and promotion are judged in. A post on X runs its thoughts
// together with commas, dashes and emoji as often as with full stops, so all of them end a clause.

export interface Clause {
  start: number;
  end: number;
  /** text.slice(start, end), lower-cased. */
  lower: string;
  /** The character after the clause ("?" marks a question). */
  next: string;
  /** The clause opens with an @handle ("Thanks all. @bob you need…"): it is addressed to someone. */
  mention: boolean;
}

// A stop, ? or ! before a space or the end; ; : , before a space; a dash between spaces; an em
// dash; a line break; an emoji or an arrow. One linear pass.
const BOUNDARY = /[.!?;]+(?=\s|$)|[,:](?=\s)|\s[-–—]\s|—|\n|[\p{Extended_Pictographic}\u2190-\u21ff\u2b00-\u2bff]/gu;
const LEADING = /^(?:[\s"'“‘(]|@\w+[\s,:]*)+/;
const TRAILING_CHAR = /[\s"'”’)]/;
const PROSE = /[\p{L}\p{N}]/u;

/** Length of the run of closing quotes, brackets and spaces at the end of text[from, to) (what /[\s"'”’)]+$/ matches). */
function trailing(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && TRAILING_CHAR.test(text[i - 1]!)) i--;
  return to - i;
}

export function splitClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  const push = (to: number, next: string) => {
    const raw = text.slice(from, to);
    const leading = LEADING.exec(raw)?.[0] ?? '';
    const lead = leading.length;
    const start = from + lead;
    const end = to - trailing(text, start, to);
    if (end <= start) return;
    const clause = text.slice(start, end);
    if (PROSE.test(clause)) out.push({ start, end, lower: clause.toLowerCase(), next, mention: leading.includes('@') });
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    push(m.index, m[0].trim().charAt(0));
    from = m.index + m[0].length;
  }
  push(text.length, '');
  return out;
}
