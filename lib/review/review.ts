// The assistant's review: split pasted drafts, apply fixes, and write a short note that says what
// changed and why without repeating the identifiers that were removed.
import { ruleById, type Finding } from '../engine/index.ts';

/** Drafts separated by one or more blank (or whitespace-only) lines, trimmed, empties dropped. */
export function splitDrafts(pasted: string): string[] {
  return pasted.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n(?:[ \t\u00a0]*\n)*/).map((d) => d.trim()).filter(Boolean);
}

/** `text` with one finding's fix applied; `delta` is the change in length. */
export function applyFix(text: string, f: Finding): { text: string; delta: number } {
  if (!f.fix) return { text, delta: 0 };
  return { text: text.slice(0, f.start) + f.fix.replacement + text.slice(f.end), delta: f.fix.replacement.length - (f.end - f.start) };
}

/**
 * Every fix that does not overlap an earlier (or, at the same start, a longer) one, applied right
 * to left so the offsets stay valid.
 */
export function applyAllFixes(text: string, findings: Finding[]): { text: string; applied: Finding[] } {
  const applied: Finding[] = [];
  let end = 0;
  for (const f of findings.filter((x) => x.fix).sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (f.start < end) continue;
    applied.push(f);
    end = Math.max(f.end, f.start + 1);
  }
  let out = text;
  for (const f of [...applied].reverse()) out = applyFix(out, f).text;
  return { text: out, applied };
}

export interface DraftChange {
  before: string;
  after: string;
  applied: Finding[];
  remaining: Finding[];
}

function what(f: Finding): string {
  const rule = ruleById(f.rule);
  const label = (rule?.description ?? f.message).replace(/\s*\(.*?\)\s*/g, ' ').replace(/[.:].*$/, '').trim();
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A short plain-text note per draft. Privacy changes are named by kind only ("a patient name was
 * removed"): the removed text itself never appears in the note.
 */
export function reviewNote(changes: DraftChange[]): string {
  const lines: string[] = [];
  changes.forEach((c, i) => {
    const head = changes.length > 1 ? `Draft ${i + 1}: ` : '';
    if (!c.applied.length && !c.remaining.length) return void lines.push(`${head}no changes needed.`);
    const changed = c.applied.map((f) => (f.category === 'privacy'
      ? `removed or generalised an identifier (${f.message.toLowerCase()}) to protect patient privacy`
      : f.category === 'clarity' ? `clearer wording (${f.message.toLowerCase()})` : `${f.message.toLowerCase()} (${f.category})`));
    if (c.before !== c.after && !c.applied.length) changed.push('edited by hand');
    const open = c.remaining.filter((f) => f.severity !== 'info').map(what);
    const parts: string[] = [];
    if (changed.length) parts.push(`changed: ${unique(changed).join('; ')}.`);
    if (open.length) parts.push(`still needs the author's attention: ${unique(open).join('; ')}.`);
    else if (changed.length) parts.push('no open issues.');
    lines.push(head + parts.join(' '));
  });
  return lines.join('\n');
}

const unique = (xs: string[]) => [...new Set(xs)];

/** The drafts, ready to paste back, separated by blank lines. */
export function cleanCopy(drafts: string[]): string {
  return drafts.map((d) => d.trim()).filter(Boolean).join('\n\n');
}
