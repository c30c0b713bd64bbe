import fc from 'fast-check';
import { analyze, type Finding } from '../engine/index.ts';
import { findingKey } from '../findings.ts';
import { SCENARIOS } from '../practice/scenarios.ts';
import { applyAllFixes, applyFix, cleanCopy, cleanForStorage, readyToHandBack, reviewNote, splitDrafts } from './review.ts';

const f = (start: number, end: number, replacement: string | null, extra: Partial<Finding> = {}): Finding => ({
  rule: 'privacy/room-number', category: 'privacy', severity: 'block', start, end, message: 'Room or bed number',
  ...(replacement === null ? {} : { fix: { replacement } }), ...extra,
});

const blocks = (text: string) => analyze(text).findings.filter((x) => x.severity === 'block');

/** The text each applied privacy fix took out of `before` (offsets are into `before`). */
const removedBy = (before: string, applied: Finding[]) =>
  applied.filter((a) => a.category === 'privacy').map((a) => before.slice(a.start, a.end).trim()).filter((s) => s.length > 1);

describe('splitDrafts', () => {
  it('normalises CRLF and splits on a single blank line', () => {
    expect(splitDrafts('one\r\nstill one\r\n\r\ntwo')).toEqual(['one\nstill one', 'two']);
  });

  it('treats several blank lines as one separator', () => {
    expect(splitDrafts('a\n\n\n\n\nb\r\n\r\n\r\nc')).toEqual(['a', 'b', 'c']);
  });

  it('treats whitespace-only lines (spaces, tabs, no-break and em spaces) as blank', () => {
    expect(splitDrafts('a\n \t \nb\n\u00a0\nc\n\u2003\r\nd')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('handles old Mac line endings', () => {
    expect(splitDrafts('a\r\rb')).toEqual(['a', 'b']);
  });

  it('trims each draft, keeps its inner line breaks, and drops empties', () => {
    expect(splitDrafts('\n\n   first line\n  second line  \n\n\n  \n')).toEqual(['first line\n  second line']);
    expect(splitDrafts('')).toEqual([]);
    expect(splitDrafts(' \n\t\r\n\n ')).toEqual([]);
  });
});

describe('applyFix', () => {
  it('replaces the span and reports the change in length', () => {
    expect(applyFix('Saw JH today', f(4, 6, 'a patient'))).toEqual({ text: 'Saw a patient today', delta: 7 });
  });

  it('removes a span without leaving a double space or a space opening the post', () => {
    expect(applyFix('in room 412 now', f(3, 11, ''))).toEqual({ text: 'in now', delta: -9 });
    expect(applyFix('room 412 now', f(0, 8, ''))).toEqual({ text: 'now', delta: -9 });
  });

  it('leaves the text alone when there is no fix or the offsets do not fit', () => {
    expect(applyFix('abc', f(0, 1, null))).toEqual({ text: 'abc', delta: 0 });
    expect(applyFix('abc', f(2, 9, 'x'))).toEqual({ text: 'abc', delta: 0 });
    expect(applyFix('abc', f(2, 1, 'x'))).toEqual({ text: 'abc', delta: 0 });
  });
});

describe('applyAllFixes', () => {
  it('applies every fix right to left so earlier offsets stay valid', () => {
    const text = 'aa bb cc';
    const { text: out, applied } = applyAllFixes(text, [f(0, 2, 'AAAA'), f(6, 8, 'C'), f(3, 5, '')]);
    expect(out).toBe('AAAA C');
    expect(applied.map((a) => a.start)).toEqual([0, 3, 6]);
  });

  it('skips a fix nested in a wider one, keeping the wider', () => {
    const text = 'Mrs. Jane Hollis in room 412';
    const { text: out, applied } = applyAllFixes(text, [f(5, 9, 'X'), f(0, 16, 'A patient'), f(20, 28, 'a room')]);
    expect(out).toBe('A patient in a room');
    expect(applied.map((a) => [a.start, a.end])).toEqual([[0, 16], [20, 28]]);
  });

  it('skips a fix that partly overlaps one already applied to its right', () => {
    const { text: out, applied } = applyAllFixes('0123456789', [f(0, 5, 'L'), f(3, 8, 'R')]);
    expect(out).toBe('012R89');
    expect(applied).toHaveLength(1);
    expect(applied[0]!.start).toBe(3);
  });

  it('keeps touching spans, one insertion per point, and ignores findings without fixes or out of range', () => {
    const { text: out, applied } = applyAllFixes('abcd', [
      f(0, 2, 'X'), f(2, 4, 'Y'), f(2, 2, '+'), f(2, 2, '!'), f(1, 3, null), f(3, 10, 'Z'),
    ]);
    expect(out).toBe('X+Y');
    expect(applied).toHaveLength(3);
  });

  it('does not reorder the caller’s array', () => {
    const list = [f(5, 6, 'b'), f(0, 1, 'a')];
    applyAllFixes('xxxxxxx', list);
    expect(list.map((x) => x.start)).toEqual([5, 0]);
  });

  it('clears the engine’s block findings from a real draft with a patient name and a room number', () => {
    const text = 'Saw Mrs. Jane Hollis in room 412 today.';
    const found = analyze(text).findings;
    expect(found.filter((x) => x.severity === 'block').map((x) => x.rule).sort()).toEqual(['privacy/patient-name', 'privacy/room-number']);
    const { text: out, applied } = applyAllFixes(text, found);
    expect(out).toBe('Saw a patient today.');
    expect(applied.map((a) => a.rule)).toEqual(['privacy/patient-name', 'privacy/room-number']);
    expect(blocks(out)).toEqual([]);
  });

  it('says the same words once where two fixes side by side give them ("nearby nearby")', () => {
    const text = 'He told me he had walked from his house on Larch Avenue in Millbrook to the ED with a broken hip.';
    expect(applyAllFixes(text, analyze(text).findings).text).toBe('He told me he had walked from his house nearby to the emergency department with a broken hip.');
  });

  it('clears a longer real draft: age over 89, bed, date, name, record number and jargon', () => {
    const text = 'My patient, a 94-year-old man, was seen in bed 7 on 3/14. Mr. John Smith, MRN 12345678, pt c/o SOB.';
    expect(blocks(text).length).toBeGreaterThanOrEqual(4);
    const { text: out } = applyAllFixes(text, analyze(text).findings);
    expect(out).not.toMatch(/94|bed 7|3\/14|John|Smith|12345678/);
    expect(out).toContain('shortness of breath');
    expect(blocks(out)).toEqual([]);
  });
});

describe('reviewNote', () => {
  it('says what changed and why, by kind, for a real draft', () => {
    const before = 'Saw Mrs. Jane Hollis in room 412 today.';
    const { text: after } = applyAllFixes(before, analyze(before).findings);
    const note = reviewNote([{ before, after }]);
    expect(note).toBe('Draft 1: changed: removed a patient name (privacy); removed a room or bed number (privacy). Nothing left to check.');
  });

  it('never repeats the removed identifiers, even when a finding’s message quotes them', () => {
    const before = 'My patient, a 94-year-old man, was seen in bed 7 on 3/14. Mr. John Smith, MRN 12345678, pt c/o SOB.';
    const findings = analyze(before).findings;
    // The age rule's own message names the age: the note must not pass it on.
    expect(findings.some((x) => x.rule === 'privacy/age-over-89' && x.message.includes('94'))).toBe(true);
    const { text: after, applied } = applyAllFixes(before, findings);
    const note = reviewNote([{ before, after }]);
    const removed = removedBy(before, applied);
    expect(removed).toEqual(expect.arrayContaining(['94-year-old', 'bed 7', '3/14', 'Mr. John Smith', 'MRN 12345678']));
    for (const r of removed) expect(note).not.toContain(r);
    expect(note).not.toMatch(/94|John|Smith|12345678|3\/14/);
    expect(note).toContain('generalised an age of ninety or over (privacy)');
    expect(note).toContain('removed a record or ID number (privacy)');
    expect(note).toContain('replaced jargon with plain words (clarity) ×2');
  });

  it('lists what still needs the author’s attention without quoting it, and numbers the drafts', () => {
    const before = 'Saw Mrs. Jane Hollis in room 412 today. Pt c/o SOB.';
    const { text: after } = applyAllFixes(before, analyze(before).findings.filter((x) => x.category === 'clarity'));
    expect(after).toContain('Hollis');
    const note = reviewNote([
      { before, after },
      { before: 'Grand rounds on sepsis.', after: 'Grand rounds on sepsis.' },
      { before: 'Old text', after: 'New text' },
    ]);
    const [first, second, third] = note.split('\n');
    expect(first).toMatch(/^Draft 1: changed: replaced jargon with plain words \(clarity\)/);
    expect(first).toContain("Still needs the author's attention: a patient name (privacy, must fix before posting); a room or bed number (privacy, must fix before posting)");
    expect(note).not.toMatch(/Hollis|Jane|412/);
    expect(second).toBe('Draft 2: no changes needed.');
    expect(third).toBe('Draft 3: changed: edited by hand. Nothing left to check.');
  });

  it('never contains text removed by a privacy fix (property)', () => {
    const names = ['Mrs. Jane Hollis', 'Mr. John Smith', 'Dorothy Keane', 'Mr. Okafor'];
    const rooms = ['room 412', 'bed 7', 'bay 14', 'room 9B'];
    const records = ['MRN 12345678', 'MRN 99887766'];
    fc.assert(fc.property(
      fc.constantFrom(...names), fc.constantFrom(...rooms), fc.constantFrom(...records), fc.boolean(),
      (name, room, record, jargon) => {
        const before = `My patient ${name} in ${room}, ${record}, was admitted.${jargon ? ' Pt c/o SOB.' : ''}`;
        const { text: after, applied } = applyAllFixes(before, analyze(before).findings);
        const note = reviewNote([{ before, after }]);
        for (const r of removedBy(before, applied)) expect(note).not.toContain(r);
        for (const w of `${name} ${room} ${record}`.match(/[A-Z][a-z]+|\d+\w*/g) ?? []) {
          if (!after.includes(w)) expect(note).not.toContain(w);
        }
      },
    ), { numRuns: 40 });
  });
});

describe('reviewNote from fresh analyses', () => {
  const before = 'Saw Mrs. Jane Hollis in room 412 today.';

  it('never says nothing is left while one identifier stands (fixes applied, one left)', () => {
    const room = analyze(before).findings.find((x) => x.rule === 'privacy/room-number')!;
    const after = applyFix(before, room).text;
    expect(after).toContain('Hollis');
    const note = reviewNote([{ before, after }]);
    expect(note).toBe("Draft 1: changed: removed a room or bed number (privacy). Still needs the author's attention: a patient name (privacy, must fix before posting); a date tied to the encounter (privacy).");
    expect(note).not.toContain('Nothing left to check');
    expect(readyToHandBack(after, new Set())).toBe(false);
  });

  it('sees an identifier typed back by hand after every fix was applied', () => {
    const { text: fixed } = applyAllFixes(before, analyze(before).findings);
    const after = `${fixed} Mr. Tom Briggs says hi.`;
    const note = reviewNote([{ before, after }]);
    expect(note).toContain("Still needs the author's attention: ");
    expect(note).toContain('a patient name (privacy, must fix before posting)');
    expect(note).not.toMatch(/Nothing left|Briggs|Hollis|412/);
  });

  it('lets a false alarm through, saying so, and then the draft is ready to hand back', () => {
    // The reviewer knows the name is the author's own mother, say: a false alarm for this draft.
    const text = 'My mother Mrs. Delia Okafor turns 70 this week. Happy birthday, Mum!';
    const flagged = analyze(text).findings.filter((x) => x.severity !== 'info');
    expect(flagged.map((x) => x.rule)).toContain('privacy/patient-name');
    const dismissed = new Set(flagged.map((x) => findingKey(x, text)));
    expect(readyToHandBack(text, new Set())).toBe(false);
    expect(readyToHandBack(text, dismissed)).toBe(true);
    const note = reviewNote([{ before: text, after: text, dismissed }]);
    expect(note).toMatch(/^Draft 1: no changes made\. Judged a false alarm by the reviewer, left as written: .+\. Nothing left to check\.$/);
  });
});

it('never hands back a draft over X\'s limit: it is a warning, but X would not post it', () => {
  const long = `Journal club tonight on the new heart failure guideline. ${'Bring questions. '.repeat(20)}`.trim();
  expect(analyze(long).findings.find((f) => f.rule === 'length/over-limit')?.severity).toBe('warn');
  expect(readyToHandBack(long, new Set())).toBe(false);
  expect(readyToHandBack('Journal club tonight on the new heart failure guideline.', new Set())).toBe(true);
});

describe('cleanForStorage', () => {
  it.each(SCENARIOS.filter((s) => s.identifiers?.length).map((s) => [s.id, s] as const))('%s: no identifier survives', (_id, s) => {
    const out = cleanForStorage(s.text);
    for (const id of s.identifiers!) expect(out).not.toContain(id);
    expect(analyze(out).findings.filter((x) => x.category === 'privacy' && x.severity !== 'info')).toEqual([]);
  });

  it('leaves a clean draft as it is', () => {
    const text = 'Teaching point: a normal troponin early after chest pain does not rule out a heart attack.';
    expect(cleanForStorage(text)).toBe(text);
  });
});

describe('cleanCopy', () => {
  it('joins the drafts with blank lines, trimmed, without empties', () => {
    expect(cleanCopy([' a ', '', 'b\nc', '  '])).toBe('a\n\nb\nc');
  });

  it('round-trips through splitDrafts', () => {
    const drafts = ['one', 'two\nlines', 'three'];
    expect(splitDrafts(cleanCopy(drafts))).toEqual(drafts);
  });
});
