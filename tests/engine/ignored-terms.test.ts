import { analyze } from '../../lib/engine/index.ts';
import { validateSettings } from '../../lib/engine/settings.ts';

const NUMBER = '555-867-5309';

const spans = (text: string, settings = {}) =>
  analyze(text, settings).findings.map((f) => [f.rule, f.severity, text.slice(f.start, f.end)]);

describe('ignored terms are tied to their rule', () => {
  it('a number ignored for one rule still gets its block finding beside "(93)"', () => {
    const text = `Pt (93) at ${NUMBER} doing well`;
    const before = spans(text);
    expect(before).toContainEqual(['privacy/contact', 'block', NUMBER]);
    // Ignored for a clarity rule, and in the old rule-less list ('*'): the privacy finding stays.
    for (const ignoredTerms of [[{ rule: 'clarity/jargon', term: NUMBER }], [{ rule: '*', term: NUMBER }], [NUMBER]]) {
      expect(spans(text, { ignoredTerms })).toEqual(before);
    }
  });

  it('hides the finding of that rule only', () => {
    const text = 'SOB on exertion, seen in room 412.';
    const before = spans(text);
    expect(before).toContainEqual(['clarity/jargon', 'info', 'SOB']);
    expect(before.some(([rule, , span]) => rule === 'privacy/room-number' && span === 'room 412')).toBe(true);
    const after = spans(text, { ignoredTerms: [{ rule: 'clarity/jargon', term: 'sob' }] });
    expect(after.some(([rule]) => rule === 'clarity/jargon')).toBe(false);
    // The other rules' findings are untouched (their severity is the fitted model's).
    expect(after).toEqual(before.filter(([rule]) => rule !== 'clarity/jargon'));
    // '*' (a term from the old list) hides non-privacy findings of any rule.
    expect(spans(text, { ignoredTerms: [{ rule: '*', term: 'SOB' }] }).some(([rule]) => rule === 'clarity/jargon')).toBe(false);
  });
});

describe('validateSettings: ignoredTerms', () => {
  it('keeps { rule, term } entries, turns old strings into "*" entries, drops bad ones and duplicates', () => {
    const { settings, errors } = validateSettings({
      ignoredTerms: [{ rule: 'clarity/jargon', term: ' SOB ' }, { rule: 'clarity/jargon', term: 'sob' }, 'HTN', { term: 'x' }, { rule: 'constructor', term: 'y' }, { rule: 'clarity/jargon', term: '\u200b\u200b' }],
    });
    expect(settings.ignoredTerms).toEqual([{ rule: 'clarity/jargon', term: 'SOB' }, { rule: '*', term: 'HTN' }]);
    expect(errors).toEqual([
      'ignoredTerms: ignored an entry without a rule id',
      'ignoredTerms: ignored an entry without a rule id',
      'ignoredTerms: ignored an entry that is not a visible string of at most 100 characters',
    ]);
  });

  it('rejects impossible dates, invisible watch terms and rule ids that are not ids', () => {
    const { settings, errors } = validateSettings({
      conferences: [{ tag: '#ACC', start: '2026-02-31', end: '2026-03-02' }],
      watchTerms: ['\u200b', 'Mercy'],
      rules: { constructor: { enabled: false }, 'clarity/jargon': { enabled: false } },
    });
    expect(settings.conferences).toEqual([]);
    expect(settings.watchTerms).toEqual(['Mercy']);
    expect(settings.rules).toEqual({ 'clarity/jargon': { enabled: false } });
    expect(errors).toEqual([
      'conferences[0].start: expected a date as YYYY-MM-DD',
      'watchTerms: ignored an entry that is not a visible string of at most 100 characters',
      'rules.constructor: not a rule id',
    ]);
  });
});
