import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../lib/engine/document.ts';
import { readability } from '../../../../lib/engine/readability.ts';
import { resolveSettings } from '../../../../lib/engine/settings.ts';

const gradeOf = (t: string) => readability(buildDocument(t, resolveSettings({}), 0, 280)).grade;

describe('readability', () => {
  it('rates plain prose lower than dense prose', () => {
    const plain = gradeOf('Get your flu shot. It is free. It keeps you and your kids safe. Ask us at your next visit.')!;
    const dense = gradeOf(
      'Comprehensive immunization against seasonal influenza substantially diminishes hospitalization, particularly among immunocompromised individuals with cardiopulmonary comorbidities.',
    )!;
    expect(plain).toBeLessThan(6);
    expect(dense).toBeGreaterThan(plain + 10);
  });

  it('says nothing on very short drafts', () => {
    expect(gradeOf('Get your flu shot.')).toBeNull();
    expect(gradeOf('')).toBeNull();
  });

  it('leaves URLs, mentions and hashtags out of the prose', () => {
    const base = 'Get your flu shot. It is free. It keeps you and your kids safe. Ask us at your next visit.';
    const r = readability(buildDocument(`${base} @CDCgov #FluVaccination https://example.org/immunization-information`, resolveSettings({}), 0, 280));
    expect(r.words).toBe(readability(buildDocument(base, resolveSettings({}), 0, 280)).words);
  });
});
