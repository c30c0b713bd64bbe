// The assistant's review: split pasted drafts, apply fixes, and write a short note that says what
// changed and why without repeating the identifiers that were removed.
import { analyze, ruleById, type Analysis, type Category, type Finding, type Settings } from '../engine/index.ts';
import { applyEdit, applyFix, fixEdit, type Edit } from '../edits.ts';
import { findingKey } from '../findings.ts';

export { applyFix };

/**
 * Drafts separated by one or more blank lines (lines holding only whitespace). Line endings are
 * normalised to \n, each draft is trimmed, and empty drafts are dropped.
 */
export function splitDrafts(pasted: string): string[] {
  const drafts: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const d = current.join('\n').trim();
    if (d) drafts.push(d);
    current = [];
  };
  for (const line of String(pasted ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') flush();
    else current.push(line);
  }
  flush();
  return drafts;
}

/** Whether two spans clash. An empty span (an insertion) clashes with a span strictly around it or another insertion at the same point. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Applies every finding that has a fix, right to left (by end, the wider span first when two end
 * together), skipping any fix that overlaps one already applied or whose offsets do not fit the
 * text. `applied` lists the fixes used, in text order, with offsets into the original `text`.
 */
export function applyAllFixes(text: string, findings: Finding[]): { text: string; applied: Finding[] } {
  // Overlaps and order are judged on what each fix replaces, which may be a little wider than its span.
  const edits = findings.flatMap((f) => {
    const e = fixEdit(text, f);
    return e ? [{ f, e }] : [];
  }).sort((a, b) => b.e.end - a.e.end || a.e.start - b.e.start);
  const chosen: typeof edits = [];
  for (const c of edits) {
    if (!chosen.some((g) => overlaps(c.e, g.e) || overlaps(c.f, g.f))) chosen.push(c);
  }
  // Apply from the rightmost start; at the same start the non-empty span goes before the insertion.
  // Two fixes side by side with the same words ("on Larch Avenue in Millbrook" -> "nearby nearby")
  // say them once.
  let out = text;
  let right: Edit | null = null;
  for (const c of [...chosen].sort((a, b) => b.e.start - a.e.start || b.e.end - a.e.end)) {
    const merge = right && c.e.text && c.e.text === right.text && /^[ \t]*$/.test(text.slice(c.e.end, right.start));
    // Offsets left of the edit just applied are unchanged, so the gap up to it can go with this one.
    out = applyEdit(out, merge ? { start: c.e.start, end: right!.start, text: '' } : c.e);
    right = c.e;
  }
  return { text: out, applied: chosen.map((c) => c.f).sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** One reviewed draft: as pasted, as it is now, and the findings the reviewer judged false alarms (by findingKey). */
export interface DraftChange {
  before: string;
  after: string;
  dismissed?: ReadonlySet<string>;
}

/**
 * What resolving a finding did, in fixed words per rule. Never built from a finding's message or the
 * draft's text: messages can quote the identifier ("Age of 94").
 */
const CHANGED: Record<string, string> = {
  'privacy/patient-name': 'removed a patient name (privacy)',
  'privacy/patient-handle': "removed a patient's handle (privacy)",
  'privacy/room-number': 'removed a room or bed number (privacy)',
  'privacy/record-number': 'removed a record or ID number (privacy)',
  'privacy/age-over-89': 'generalised an age of ninety or over (privacy)',
  'privacy/exact-age': 'removed an exact age (privacy)',
  'privacy/encounter-date': 'generalised or removed a date (privacy)',
  'privacy/place': 'generalised a place (privacy)',
  'privacy/watch-terms': 'generalised a watch-list term (privacy)',
  'privacy/contact': 'removed contact details (privacy)',
  'clarity/jargon': 'replaced jargon with plain words (clarity)',
  'clarity/hashtag-case': 'capitalised a hashtag so screen readers read it (clarity)',
  'clarity/shouting': 'turned all-capitals text to normal case (clarity)',
  'professionalism/stigmatizing-language': 'replaced stigmatising language (professionalism)',
};

/** Still open, by rule, in fixed words where the rule description would quote examples. */
const OPEN: Record<string, string> = {
  'privacy/patient-name': 'a patient name',
  'privacy/room-number': 'a room or bed number',
  'privacy/record-number': 'a record or ID number',
  'privacy/age-over-89': 'an age of ninety or over',
  'privacy/exact-age': "a patient's exact age",
  'privacy/encounter-date': 'a date tied to the encounter',
  'length/over-limit': "text past X's length limit",
};

const CATEGORY_WORDS: Record<Category, string> = {
  privacy: 'an identifying detail',
  length: 'the length',
  clarity: 'a clarity issue',
  professionalism: 'a professionalism issue',
};

/** A rule's description cut before its examples: "Names, nicknames and initials of patients…" -> lower-case head. */
function describeRule(f: Finding): string {
  const known = OPEN[f.rule];
  if (known) return known;
  const description = ruleById(f.rule)?.description;
  const head = description?.split(/[:(“"]/)[0]?.replace(/[.…\s]+$/, '').trim();
  if (!head) return CATEGORY_WORDS[f.category] ?? 'an issue';
  return head.charAt(0).toLowerCase() + head.slice(1);
}

function changedWords(f: Finding): string {
  return CHANGED[f.rule] ?? (f.category === 'privacy'
    ? 'removed or generalised an identifying detail (privacy)'
    : `resolved ${describeRule(f)} (${f.category})`);
}

function plural(phrase: string, n: number): string {
  return n > 1 ? `${phrase} ×${n}` : phrase;
}

/** Phrases in first-seen order, repeats counted ("removed a patient name (privacy) ×2"). */
function tally(phrases: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of phrases) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => plural(p, n));
}

/**
 * Words that were in the draft before but are gone after (names, numbers): a last guard so the
 * note can never quote them, whatever the phrases above say in future.
 */
function goneWords(c: DraftChange): string[] {
  const words = (s: string) => new Set(s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]/gu) ?? []);
  const after = words(c.after);
  return [...words(c.before)].filter((w) => !after.has(w) && (/\p{N}/u.test(w) || /^\p{Lu}/u.test(w)));
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function redact(phrase: string, gone: string[]): string {
  let out = phrase;
  for (const w of [...gone].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'gu'), '[removed]');
  }
  return out;
}

/** The findings of `before` that `after` no longer has (as a multiset of rule + covered text). */
function resolved(beforeText: string, before: Finding[], afterText: string, after: Finding[]): Finding[] {
  const left = new Map<string, number>();
  for (const f of after) left.set(findingKey(f, afterText), (left.get(findingKey(f, afterText)) ?? 0) + 1);
  return before.filter((f) => {
    const k = findingKey(f, beforeText);
    const n = left.get(k) ?? 0;
    if (n > 0) { left.set(k, n - 1); return false; }
    return true;
  });
}

const openWords = (f: Finding) => `${describeRule(f)} (${f.category}${f.severity === 'block' ? ', must fix before posting' : ''})`;

/**
 * A short plain-text review note, one line per draft, written from fresh analyses of each draft
 * as pasted and as it is now (never from a list of fixes applied, which says nothing of what is
 * left): what was resolved, what the reviewer judged a false alarm, and what still needs the
 * author's attention (warn and block findings). "Nothing left to check" only when the final text
 * has no open warning or block. Kinds only: the removed text never appears in the note.
 */
export function reviewNote(changes: DraftChange[], settings?: Partial<Settings>): string {
  return changes.map((c, i) => {
    const head = `Draft ${i + 1}: `;
    const gone = goneWords(c);
    const dismissed = c.dismissed ?? new Set<string>();
    const before = analyze(c.before, settings).findings;
    const after = analyze(c.after, settings).findings;
    const serious = (f: Finding) => f.severity !== 'info';
    const isDismissed = (f: Finding) => dismissed.has(findingKey(f, c.after));
    const changed = tally(resolved(c.before, before, c.after, after).filter((f) => serious(f) || f.category !== 'privacy').map(changedWords));
    if (c.before !== c.after && changed.length === 0) changed.push('edited by hand');
    const open = tally(after.filter((f) => serious(f) && !isDismissed(f)).map(openWords));
    const falseAlarms = tally(after.filter((f) => serious(f) && isDismissed(f)).map((f) => `${describeRule(f)} (${f.category})`));
    if (!changed.length && !open.length && !falseAlarms.length) return `${head}no changes needed.`;
    const list = (xs: string[]) => xs.map((x) => redact(x, gone)).join('; ');
    return head + [
      changed.length ? `changed: ${list(changed)}.` : 'no changes made.',
      falseAlarms.length ? `Judged a false alarm by the reviewer, left as written: ${list(falseAlarms)}.` : '',
      open.length ? `Still needs the author's attention: ${list(open)}.` : 'Nothing left to check.',
    ].filter(Boolean).join(' ');
  }).join('\n');
}

/**
 * A reviewed draft's state, from its analysis with the dismissed findings left out: ready to go
 * back to its author when within X's limit (X will not post it otherwise, whatever was dismissed)
 * with no block finding left; the label also counts the warnings still to look at, so a draft with
 * a slur or a likely identifier is never called simply ready.
 */
export function draftStatus(a: Pick<Analysis, 'findings' | 'length'>): { ready: boolean; label: string } {
  const count = (severity: Finding['severity']) => a.findings.filter((f) => f.severity === severity).length;
  const blocks = count('block');
  if (blocks) return { ready: false, label: `${blocks} to fix before posting` };
  if (!a.length.valid) return { ready: false, label: 'Too long to post: shorten it or make it a thread' };
  const warns = count('warn');
  return { ready: true, label: warns ? `Ready to hand back · ${warns} warning${warns === 1 ? '' : 's'} to look at` : 'Ready to hand back' };
}

/** Whether a draft can go back to its author (see draftStatus), given the findings the reviewer dismissed. */
export function readyToHandBack(text: string, dismissed: ReadonlySet<string>, settings?: Partial<Settings>): boolean {
  const a = analyze(text, settings);
  return draftStatus({ length: a.length, findings: a.findings.filter((f) => !dismissed.has(findingKey(f, text))) }).ready;
}

/**
 * The text a saved review keeps: every privacy warning and block taken out (its fix, or
 * "[removed]" where it has none), whatever the reviewer dismissed, until a fresh analysis finds
 * none. Saved reviews hold this and the note, never the draft as pasted.
 */
export function cleanForStorage(text: string, settings?: Partial<Settings>): string {
  let out = text;
  for (let pass = 0; pass < 5; pass++) {
    const risky = analyze(out, settings).findings
      .filter((f) => f.category === 'privacy' && f.severity !== 'info')
      .map((f) => (f.fix ? f : { ...f, fix: { replacement: '[removed]' } }));
    if (!risky.length) break;
    const next = applyAllFixes(out, risky).text;
    if (next === out) break;
    out = next;
  }
  return out;
}

/** The drafts, ready to paste back, separated by blank lines. */
export function cleanCopy(drafts: string[]): string {
  return drafts.map((d) => d.trim()).filter(Boolean).join('\n\n');
}
