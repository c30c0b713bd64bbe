import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../../lib/engine/document.ts';
import { readability } from '../../../../lib/engine/readability.ts';
import { rule as longSentence } from '../../../../lib/engine/rules/clarity/long-sentence.ts';
import { rule as grade } from '../../../../lib/engine/rules/clarity/reading-grade.ts';
import { resolveSettings } from '../../../../lib/engine/settings.ts';
import { testRule } from '../../rule-tester.ts';

const gradeOf = (t: string) => readability(buildDocument(t, resolveSettings({}), 0, 280)).grade;

describe('readability', () => {
  it('rates plain prose lower than dense prose, and says nothing on very short drafts', () => {
    const plain = gradeOf('Get your flu shot. It is free. It keeps you and your kids safe. Ask us at your next visit.')!;
    const dense = gradeOf('Comprehensive immunization against seasonal influenza substantially diminishes hospitalization, particularly among immunocompromised individuals with cardiopulmonary comorbidities.')!;
    expect(plain).toBeLessThan(6);
    expect(dense).toBeGreaterThan(plain + 10);
    expect(gradeOf('Get your flu shot.')).toBeNull();
  });
});

const DENSE = 'Comprehensive immunization against seasonal influenza substantially diminishes hospitalization, particularly among immunocompromised individuals with cardiopulmonary comorbidities.';
testRule(grade, {
  valid: ['Get your flu shot. It is free. It keeps you and your kids safe. Ask us at your next visit.', { text: 'Get your flu shot. It is free. It keeps you and your family safe all winter long.', settings: { patientFacing: true } }],
  invalid: [{ text: DENSE, errors: [{ text: DENSE, severity: 'info' }] }],
});

const LONG = 'When you come to the clinic for your yearly visit we will check your blood pressure and your weight and your blood sugar and we will talk about your sleep and your mood and your diet and how you are doing';
testRule(longSentence, {
  valid: ['Short and clear. Another short one.'],
  invalid: [{ text: `${LONG}.`, errors: [{ text: `${LONG}.` }] }],
});
