import { analyze, ruleById } from '../engine/index.ts';
import { SCENARIOS } from './scenarios.ts';

describe('practice scenarios', () => {
  it('has at least 20, with unique ids, each naming a real rule', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) if (s.rule !== 'hashtags' && s.rule !== 'clean') expect(ruleById(s.rule), s.id).toBeDefined();
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s demonstrates its rule', (_id, s) => {
    const a = analyze(s.text);
    if (s.rule === 'hashtags') expect(a.hashtags.length).toBeGreaterThan(0);
    else if (s.rule === 'clean') expect(a.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    else expect(a.findings.map((f) => f.rule)).toContain(s.rule);
  });
});
