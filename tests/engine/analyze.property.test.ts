// analyze() must never throw and must return offsets inside the text, in order, for any string; a
// fix that names its own range takes no less than its finding and stays inside the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';
import { buildDocument, combinePrivacy, readability, resolveSettings, rules, splitThread, STANDARD_LIMIT, suggestHashtags } from '../../scripts/bench/stage-parts.ts';

const pieces = fc.constantFrom(
  'Mrs. ', 'Mr. Lee', ' 93yo ', 'room 412', '3/14', 'today', '@pt_handle ', '#MedEd ', 'https://x.co/a ', '\u200d', '👩🏽‍⚕️',
  'שלום ', 'مرحبا ', '\ud800', '\udfff', 'a.a.', '....', '####', '@@@@', '\n', '  ', 'MRN 1234567', 'pt w/ HTN', 'Grace, 8,',
  ' in bed 9', ', DOB 4/11/1961', ' on 3rd March', ' near Kikuyu', "'Sunny' ", 'the constructor ', 'CONSTRUCTOR ', '#constructor ', 'toString ', '(J.K., ', ')',
);
const drafts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));

describe('analyze on arbitrary input', () => {
  it('never throws; findings are inside the text and sorted', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const a = analyze(text, { now: '2026-11-22T12:00:00Z' });
        let last = -1;
        for (const f of a.findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThanOrEqual(f.end);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.start;
          if (f.fix?.start !== undefined || f.fix?.end !== undefined) {
            expect(f.fix.start ?? f.start).toBeGreaterThanOrEqual(0);
            expect(f.fix.start ?? f.start).toBeLessThanOrEqual(f.start);
            expect(f.fix.end ?? f.end).toBeGreaterThanOrEqual(f.end);
            expect(f.fix.end ?? f.end).toBeLessThanOrEqual(text.length);
          }
        }
        expect(a.hashtags.length).toBeLessThanOrEqual(3);
        for (const s of a.hashtags) expect(s.score).toBeGreaterThanOrEqual(0);
        expect(a.length.weighted).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 400 },
    );
  });

  // analyze() catches what throws and answers with no findings at all, which hides the bug from the
  // test above: each part is called here without that net.
  it('no part of an analysis throws', () => {
    const settings = resolveSettings({ now: '2026-11-22T12:00:00Z', specialty: ['oncology'] });
    fc.assert(
      fc.property(drafts, (text) => {
        const doc = buildDocument(text, settings, Date.parse('2026-11-22T12:00:00Z'), STANDARD_LIMIT);
        const results = rules.map((rule) => ({ rule, raw: rule.check(doc) }));
        combinePrivacy(doc, results);
        suggestHashtags(doc, { privacyRisk: false });
        readability(doc);
        splitThread(doc, STANDARD_LIMIT);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic for the same text, settings and clock', () => {
    const t = 'Mrs. Alvarez, 93, in room 412 this morning with HTN #meded';
    expect(analyze(t, { now: 0 })).toEqual(analyze(t, { now: 0 }));
  });

  it('handles 25,000-character adversarial drafts', () => {
    for (const t of ['a.'.repeat(12_500), '1'.repeat(25_000), '@'.repeat(25_000), '\u200d'.repeat(25_000), 'Mrs. '.repeat(5_000)]) {
      const a = analyze(t, { premium: true });
      expect(a.length.weighted).toBeGreaterThan(0);
      for (const f of a.findings) expect(f.end).toBeLessThanOrEqual(t.length);
    }
  });
});
