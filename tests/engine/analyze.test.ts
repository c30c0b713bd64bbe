import { describe, expect, it } from 'vitest';
import { analyze, rules } from '../../lib/engine/index.ts';
import { runRule } from './run-rule.ts';

const privacy = (text: string, settings = {}) => analyze(text, settings).findings.filter((f) => f.category === 'privacy');

describe('analyze', () => {
  it('reads words as words: names of Object.prototype members break no rule and flag nothing', () => {
    const text = 'the constructor, and valueOf said hello to toString, hasOwnProperty and __proto__ today';
    for (const rule of rules) expect(() => runRule(rule, text), rule.id).not.toThrow();
    const at = ['constructor', 'valueOf', 'toString', 'hasOwnProperty', '__proto__'].map((w) => text.indexOf(w));
    expect(analyze(text).findings.filter((f) => f.severity !== 'info' && at.some((a) => f.start <= a && a < f.end))).toEqual([]);
  });

  // "constructor" once read the Object constructor from a plain table in the hashtag suggester,
  // which threw, and the whole analysis came back empty: a risky draft with that word was not flagged.
  it('keeps its findings and suggestions when the draft holds names that objects inherit', () => {
    for (const word of ['constructor', 'CONSTRUCTOR', 'Constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty']) {
      const text = `Maria Lopez, 45, a building ${word}, fell from the scaffolding today. MRN 00482917 #${word} @${word}. Pelvic fracture, ortho consulted.`;
      const a = analyze(text);
      const mrn = text.indexOf('MRN 00482917');
      expect(a.findings.some((f) => f.rule === 'privacy/record-number' && f.severity === 'block' && f.start === mrn), word).toBe(true);
      expect(a.hashtags.length, word).toBeGreaterThan(0);
    }
  });

  it('skips hashtag suggestions when asked, and nothing else', () => {
    const text = 'New data on immunotherapy for metastatic melanoma look promising for our oncology patients.';
    const full = analyze(text);
    const lean = analyze(text, {}, { hashtags: false });
    expect(full.hashtags.length).toBeGreaterThan(0);
    expect(lean.hashtags).toEqual([]);
    expect(lean.findings).toEqual(full.findings);
    expect(lean.length).toEqual(full.length);
  });

  it('reports X weighted length against the standard and premium limits', () => {
    expect(analyze('hello').length).toEqual({ weighted: 5, limit: 280, valid: true });
    const long = 'word '.repeat(100);
    expect(analyze(long).length.valid).toBe(false);
    expect(analyze(long, { premium: true }).length).toEqual({ weighted: 500, limit: 25000, valid: true });
  });

  it('marks the overflowing part and suggests a numbered thread', () => {
    const text = 'This sentence is about sepsis bundles and early antibiotics. '.repeat(6);
    const a = analyze(text);
    const over = a.findings.find((f) => f.rule === 'length/over-limit')!;
    expect(over.end).toBe(text.length);
    expect(over.start).toBeGreaterThan(250);
    expect(a.stats.thread.length).toBe(2);
    expect(a.stats.thread[0]).toMatch(/ 1\/2$/);
    for (const post of a.stats.thread) expect(analyze(post).length.valid).toBe(true);
  });

  it('keeps a lone quasi-identifier at info and raises a combination to warn', () => {
    const alone = privacy('A patient taught me something today about patience.');
    expect(alone.every((f) => f.severity === 'info')).toBe(true);
    const combined = privacy('Told a family this morning that their 5yo has Duchenne.');
    // The time and the age are warned together; the condition joins them or not as the fitted threshold falls.
    expect(combined.filter((f) => f.severity === 'warn').map((f) => f.rule)).toEqual(expect.arrayContaining(['privacy/encounter-date', 'privacy/exact-age']));
  });

  it('honours per-rule switches, severity overrides and the ignore list', () => {
    const text = 'Mrs. Alvarez came in today.';
    expect(privacy(text).some((f) => f.rule === 'privacy/patient-name')).toBe(true);
    expect(privacy(text, { rules: { 'privacy/patient-name': { enabled: false } } }).some((f) => f.rule === 'privacy/patient-name')).toBe(false);
    expect(privacy(text, { rules: { 'privacy/patient-name': { severity: 'info' } } }).find((f) => f.rule === 'privacy/patient-name')!.severity).toBe('info');
    expect(privacy(text, { ignoredTerms: [{ rule: 'privacy/patient-name', term: 'mrs. alvarez' }] }).some((f) => f.rule === 'privacy/patient-name')).toBe(false);
  });

  it('every rule describes itself and has a unique id', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(r.id.startsWith(`${r.category}/`)).toBe(true);
      expect(['info', 'warn', 'block']).toContain(r.severity);
      expect(r.description).toBeTruthy();
      expect(r.why).toBeTruthy();
    }
  });

  it('raises the treating doctor and the city only beside a direct identifier', () => {
    const narrowing = (t: string) => privacy(t).filter((f) => f.rule === 'privacy/narrowing-detail').map((f) => [t.slice(f.start, f.end), f.severity]);
    expect(narrowing('Referred by Dr. Nguyen from Portland, MRN 4471092, for a 40M with new AF.')).toEqual([
      ['Dr. Nguyen', 'warn'],
      ['Portland', 'warn'],
    ]);
    expect(narrowing('Saw a 40M with new AF, referred by Dr. Nguyen from Portland.')).toEqual([
      ['Dr. Nguyen', 'info'],
      ['Portland', 'info'],
    ]);
  });

  it('a public figure only mentioned in the news is no finding', () => {
    expect(privacy('The mayor announced a new vaccine clinic downtown.').every((f) => f.severity === 'info')).toBe(true);
    expect(privacy("Treated the mayor's husband in our ICU this weekend after his stroke. He is recovering well.").some((f) => f.rule === 'privacy/notable-person' && f.severity !== 'info')).toBe(true);
  });

  it('needs two more details beside a rare condition', () => {
    expect(privacy("A 34-year-old with Marfan syndrome is planning pregnancy.").every((f) => f.severity === 'info')).toBe(true);
    expect(privacy('Told a family this morning that their 5yo has Duchenne.').some((f) => f.severity === 'warn')).toBe(true);
  });

  it('gives a generic anecdote with no identifier at most info', () => {
    for (const t of ['Had a patient thank me this morning for sitting down.', 'Three deaths on my unit this week. All heavy.']) {
      expect(privacy(t).every((f) => f.severity === 'info')).toBe(true);
    }
  });
});

describe('thread split on very long drafts', () => {
  it('stays bounded: at most 25 posts, each within the limit', () => {
    for (const text of ['a.'.repeat(12_500), 'word '.repeat(5_000), 'This is a sentence. '.repeat(1_250)]) {
      const { thread } = analyze(text).stats;
      expect(thread.length).toBeGreaterThan(1);
      expect(thread.length).toBeLessThanOrEqual(25);
      for (const post of thread) expect(analyze(post).length.valid).toBe(true);
    }
  });
});

describe('thread split with running weights', () => {
  it('keeps every sentence, in order, and each post within the Premium limit (CJK and emoji weigh 2)', () => {
    const sentence = 'これは短い文です。😀';
    const text = sentence.repeat(2_500).slice(0, 25_000);
    const { thread } = analyze(text, { premium: true }).stats;
    expect(thread.length).toBe(2);
    for (const post of thread) expect(analyze(post, { premium: true }).length.valid).toBe(true);
    const rejoined = thread.map((p) => p.replace(/ \d+\/\d+$/, '')).join('');
    expect(rejoined.replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  it('fills a post exactly to its room (274 of 280, leaving " 1/2"): summed weights match X\'s count', () => {
    const text = 'Short one. '.repeat(40).trim();
    const { thread } = analyze(text).stats;
    expect(thread[0]).toBe(`${'Short one. '.repeat(25).trim()} 1/2`);
    expect(analyze(thread[0]!).length.weighted).toBe(278);
    for (const post of thread) expect(analyze(post).length.weighted).toBeLessThanOrEqual(280);
  });
});
