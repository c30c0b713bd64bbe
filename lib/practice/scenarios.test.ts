import { analyze, ruleById } from '../engine/index.ts';
import { SCENARIOS } from './scenarios.ts';

const serious = (text: string) => analyze(text).findings.filter((f) => f.severity !== 'info');

describe('practice scenarios', () => {
  it('has at least 24, with unique ids, each naming a real rule', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      if (s.rule !== 'hashtags' && s.rule !== 'clean') expect(ruleById(s.rule), s.id).toBeDefined();
      expect(s.title, s.id).toMatch(/\S/);
      expect(s.lesson, s.id).toMatch(/\S/);
      expect(s.lesson, s.id).not.toContain('\n');
    }
  });

  it('covers every kind of problem the training shows', () => {
    const rules = new Set(SCENARIOS.map((s) => s.rule));
    for (const r of [
      'privacy/patient-name', 'privacy/encounter-date', 'privacy/age-over-89', 'privacy/exact-age', 'privacy/room-number',
      'privacy/record-number', 'privacy/contact', 'privacy/place', 'privacy/rare-condition',
      'clarity/jargon', 'clarity/reading-grade', 'clarity/long-sentence', 'clarity/shouting', 'clarity/bare-link',
      'clarity/hashtag-count', 'clarity/hashtag-case', 'length/over-limit', 'hashtags',
      'professionalism/medical-advice', 'professionalism/stigmatizing-language', 'professionalism/absolute-claim',
      'professionalism/undisclosed-promotion', 'professionalism/profanity',
    ]) expect(rules, r).toContain(r);
    expect(SCENARIOS.filter((s) => s.rule === 'clean').length).toBeGreaterThanOrEqual(2);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s demonstrates its rule', (_id, s) => {
    const a = analyze(s.text);
    if (s.rule === 'hashtags') {
      expect(a.hashtags.length).toBeGreaterThan(0);
      // A clean draft: the suggestion is the point, not a problem.
      expect(serious(s.text)).toEqual([]);
    } else if (s.rule === 'clean') expect(a.findings.filter((f) => f.severity === 'warn' || f.severity === 'block')).toEqual([]);
    else expect(a.findings.map((f) => f.rule)).toContain(s.rule);
  });

  it('puts the length scenario over 280 weighted characters and the others within', () => {
    for (const s of SCENARIOS) {
      const { length } = analyze(s.text);
      if (s.rule === 'length/over-limit') expect(length.weighted, s.id).toBeGreaterThan(280);
      else expect(length.valid, s.id).toBe(true);
    }
  });

  it('shows details that identify only together: the quasi-identifiers are raised to warn', () => {
    const s = SCENARIOS.find((x) => x.id === 'quasi-combination')!;
    const privacy = analyze(s.text).findings.filter((f) => f.category === 'privacy');
    expect(new Set(privacy.map((f) => f.rule)).size).toBeGreaterThanOrEqual(2);
    expect(privacy.every((f) => f.severity === 'warn')).toBe(true);
    // No single detail is a direct identifier on its own.
    expect(privacy.some((f) => f.severity === 'block')).toBe(false);
  });

  it('suggests the hashtags of the draft’s specialty', () => {
    const s = SCENARIOS.find((x) => x.rule === 'hashtags')!;
    expect(analyze(s.text).hashtags.map((h) => h.tag)).toContain('#HeartFailure');
  });
});
