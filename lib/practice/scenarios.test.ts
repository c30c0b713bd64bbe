import { analyze, ruleById } from '../engine/index.ts';
import { holdsBackHashtags } from '../findings.ts';
import { SCENARIOS, TOPICS, scenariosOf } from './scenarios.ts';

const NOW = '2026-11-22T12:00:00Z';
const run = (text: string) => analyze(text, { now: NOW });
/** The chips a page shows: none while a block-level privacy finding stands. */
const chips = (text: string) => {
  const a = run(text);
  return holdsBackHashtags(a.findings) ? [] : a.hashtags.map((h) => h.tag);
};

describe('practice scenarios', () => {
  it('has at least 24, with unique ids, each naming a real rule, with a human title', () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    for (const s of SCENARIOS) {
      if (s.rule !== 'hashtags' && s.rule !== 'clean') expect(ruleById(s.rule), s.id).toBeDefined();
      expect(s.title, s.id).toMatch(/\S/);
      // Titles are what the picker shows: never a rule id.
      expect(s.title, s.id).not.toMatch(/\//);
      expect(s.title, s.id).toMatch(/^\p{Lu}/u);
      expect(s.lesson, s.id).toMatch(/\S/);
      expect(s.lesson, s.id).not.toContain('\n');
    }
  });

  it('groups every scenario under one of the five topics, each topic with scenarios', () => {
    expect(TOPICS.map((t) => t.id)).toEqual(['privacy', 'length', 'clarity', 'professionalism', 'hashtags']);
    for (const t of TOPICS) expect(scenariosOf(t.id).length, t.id).toBeGreaterThan(0);
    expect(TOPICS.flatMap((t) => scenariosOf(t.id))).toHaveLength(SCENARIOS.length);
    for (const s of SCENARIOS) {
      if (s.rule.includes('/')) expect(s.rule.startsWith(s.topic) || (s.topic === 'hashtags' && s.rule.startsWith('clarity/hashtag')), s.id).toBe(true);
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

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s raises exactly its expected warnings and blocks, and demonstrates its rule', (_id, s) => {
    const a = run(s.text);
    expect(a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}:${f.severity}`)).toEqual(s.serious);
    if (s.rule === 'hashtags') expect(a.hashtags.length).toBeGreaterThan(0);
    else if (s.rule !== 'clean') expect(a.findings.map((f) => f.rule)).toContain(s.rule);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: chips are held back exactly while a block-level privacy finding stands', (_id, s) => {
    const a = run(s.text);
    const block = s.serious.some((x) => x.startsWith('privacy/') && x.endsWith(':block'));
    expect(holdsBackHashtags(a.findings)).toBe(block);
    if (block) {
      expect(chips(s.text)).toEqual([]);
      // Still computed, for once the post is fixed, but never strong.
      for (const h of a.hashtags) expect(h.score, h.tag).toBeLessThan(0.5);
    }
  });

  it('names every identifier it holds, each covered by a privacy finding', () => {
    for (const s of SCENARIOS) {
      const a = run(s.text);
      for (const id of s.identifiers ?? []) {
        const at = s.text.indexOf(id);
        expect(at, `${s.id}: ${id}`).toBeGreaterThanOrEqual(0);
        expect(a.findings.some((f) => f.category === 'privacy' && f.severity === 'block' && f.start <= at && at + id.length <= f.end), `${s.id}: ${id}`).toBe(true);
      }
    }
    expect(SCENARIOS.filter((s) => s.identifiers?.length).length).toBeGreaterThanOrEqual(7);
  });

  it('shows no neonatal or paediatric ICU tag on the adult ICU patient-name scenario', () => {
    const s = SCENARIOS.find((x) => x.id === 'patient-name')!;
    expect(chips(s.text)).toEqual([]);
    expect(chips(s.text).join(' ')).not.toMatch(/Peds|Preemie|NICU|Neo/i);
  });

  it('puts the length scenario over 280 weighted characters and the others within', () => {
    for (const s of SCENARIOS) {
      const { length } = run(s.text);
      if (s.rule === 'length/over-limit') expect(length.weighted, s.id).toBeGreaterThan(280);
      else expect(length.valid, s.id).toBe(true);
    }
  });

  it('shows details that identify only together: none is a direct identifier, and together they stop the post', () => {
    const s = SCENARIOS.find((x) => x.id === 'quasi-combination')!;
    const privacy = run(s.text).findings.filter((f) => f.category === 'privacy' && f.severity !== 'info');
    expect(new Set(privacy.map((f) => f.rule)).size).toBeGreaterThanOrEqual(3);
    expect(privacy.every((f) => f.severity === 'block')).toBe(true);
    expect(privacy.some((f) => f.rule === 'privacy/patient-name' || f.rule === 'privacy/record-number')).toBe(false);
  });

  it('suggests the hashtags of the draft’s specialty on the clean suggestion scenario', () => {
    const s = SCENARIOS.find((x) => x.rule === 'hashtags')!;
    expect(chips(s.text)).toContain('#HeartFailure');
  });

  it('marks nothing over the whole draft on the clarity scenarios: grade and length are draft-level', () => {
    for (const id of ['reading-grade', 'long-sentence']) {
      const s = SCENARIOS.find((x) => x.id === id)!;
      const spans = run(s.text).findings.filter((f) => f.rule === 'clarity/reading-grade' || f.rule === 'clarity/long-sentence');
      expect(spans.length, id).toBeGreaterThan(0);
      for (const f of spans) expect(f.end - f.start, id).toBe(0);
    }
  });
});
