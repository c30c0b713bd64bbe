import { describe, expect, it } from 'vitest';
import { rule } from '../../../../lib/engine/rules/clarity/reading-grade.ts';
import { gradeMeaning, gradeTarget } from '../../../../lib/engine/reading-words.ts';
import { runRule, testRule } from '../../rule-tester.ts';

const PLAIN = 'Get your flu shot. It is free. It keeps you and your kids safe. Ask us at your next visit.';
const DENSE =
  'Comprehensive immunization against seasonal influenza substantially diminishes hospitalization, particularly among immunocompromised individuals with cardiopulmonary comorbidities.';
const MEDIUM = 'Your yearly flu vaccine lowers the chance of serious complications. Local pharmacies give the vaccine without an appointment.';

// A grade belongs to the whole draft: the finding is an empty span at 0 (no underline).
testRule(rule, {
  valid: [
    PLAIN,
    { text: PLAIN, settings: { patientFacing: true } },
    // Too short to judge, however hard the words.
    { text: 'Immunocompromised cardiopulmonary comorbidities.', settings: { patientFacing: true } },
    // Above grade 8 but below 14: only patient-facing posts hear about it.
    MEDIUM,
  ],
  invalid: [
    { text: DENSE, errors: [{ text: '', severity: 'info' }] },
    { text: MEDIUM, settings: { patientFacing: true }, errors: [{ text: '' }] },
  ],
});

describe('clarity/reading-grade messages', () => {
  it('underlines nothing and names the target that applies', () => {
    const [colleagues] = runRule(rule, DENSE);
    expect([colleagues!.start, colleagues!.end]).toEqual([0, 0]);
    expect(colleagues!.message).toMatch(/^Reading grade \d+\.\d \(specialist level: hard for most readers\); the target for posts for colleagues is 14 or below/);
    // Posts that are not for patients never hear about patient materials.
    expect(colleagues!.message).not.toMatch(/patient/i);
    expect(rule.why).not.toMatch(/patient/i);
    const [patients] = runRule(rule, MEDIUM, { patientFacing: true, gradeTarget: 6 });
    expect([patients!.start, patients!.end]).toEqual([0, 0]);
    expect(patients!.message).toContain('the target for posts for patients is 6 or below');
  });

  it('says what a grade means', () => {
    expect(gradeMeaning(2.3)).toBe('very easy: a 12-year-old reads it easily');
    expect(gradeMeaning(8)).toBe('plain language: most adults read it easily');
    expect(gradeMeaning(11.5)).toBe('high-school level');
    expect(gradeMeaning(15)).toBe('university level');
    expect(gradeMeaning(19)).toBe('specialist level: hard for most readers');
    expect(gradeTarget({ patientFacing: false, gradeTarget: 6 })).toBe(14);
    expect(gradeTarget({ patientFacing: true, gradeTarget: 6 })).toBe(6);
  });
});
