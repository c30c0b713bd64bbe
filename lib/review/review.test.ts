import { analyze, type Finding } from '../engine/index.ts';
import { applyAllFixes, applyFix, cleanCopy, reviewNote, splitDrafts } from './review.ts';

const f = (start: number, end: number, replacement: string, extra: Partial<Finding> = {}): Finding => ({
  rule: 'privacy/room-number', category: 'privacy', severity: 'block', start, end, message: 'Room or bed number', fix: { replacement }, ...extra,
});

describe('splitDrafts', () => {
  it('splits on blank and whitespace-only lines, CRLF included, and drops empties', () => {
    expect(splitDrafts('one\r\n\r\ntwo\n \t\n\n\nthree\nstill three\n\n')).toEqual(['one', 'two', 'three\nstill three']);
    expect(splitDrafts('  \n\n ')).toEqual([]);
  });
});

describe('fixes', () => {
  it('applies one fix and reports the change in length', () => {
    expect(applyFix('in room 412 now', f(3, 11, ''))).toEqual({ text: 'in  now', delta: -8 });
  });

  it('applies all fixes right to left and skips overlaps', () => {
    const text = 'Mrs. Jane Hollis in room 412';
    const { text: out, applied } = applyAllFixes(text, [f(0, 16, 'A patient'), f(20, 28, 'a room'), f(5, 9, 'X')]);
    expect(out).toBe('A patient in a room');
    expect(applied.map((a) => a.start)).toEqual([0, 20]);
  });

  it('clears the engine’s block findings from a real draft', () => {
    const text = 'Saw Mrs. Jane Hollis in room 412 today.';
    const { text: out } = applyAllFixes(text, analyze(text).findings);
    expect(out).not.toMatch(/Hollis|412/);
    expect(analyze(out).findings.filter((x) => x.severity === 'block')).toEqual([]);
  });
});

describe('reviewNote', () => {
  it('says what changed and what remains, never quoting removed identifiers', () => {
    const before = 'Saw Mrs. Jane Hollis in room 412 today. Pt was SOB.';
    const findings = analyze(before).findings;
    const { text: after, applied } = applyAllFixes(before, findings.filter((x) => x.category === 'privacy'));
    const note = reviewNote([{ before, after, applied, remaining: analyze(after).findings }, { before: 'ok', after: 'ok', applied: [], remaining: [] }]);
    expect(note).toMatch(/^Draft 1: changed: /);
    expect(note).toContain('protect patient privacy');
    expect(note).toContain('Draft 2: no changes needed.');
    for (const a of applied) expect(note).not.toContain(before.slice(a.start, a.end));
    expect(note).not.toMatch(/Hollis|Jane|412/);
  });
});

describe('cleanCopy', () => {
  it('joins drafts with blank lines', () => {
    expect(cleanCopy([' a ', '', 'b'])).toBe('a\n\nb');
  });
});
