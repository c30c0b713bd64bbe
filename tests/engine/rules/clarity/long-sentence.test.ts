import { describe, expect, it } from 'vitest';
import { rule } from '../../../../lib/engine/rules/clarity/long-sentence.ts';
import { runRule, testRule } from '../../rule-tester.ts';

const LONG =
  'When you come to the clinic for your yearly visit we will check your blood pressure and your weight and your blood sugar and we will talk about your sleep and your mood and your diet and how you are doing';

// Empty spans at the long sentence's start: the panel names it, nothing is underlined.
testRule(rule, {
  valid: [
    'New guide for families on flu shots https://example.org/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z @CDCgov #FluSeason','Short and clear. Another short one.', 'Dr. Smith, Mr. Jones and St. Mary’s staff met at 3 p.m. today to plan the flu clinic.'],
  invalid: [
    { text: `${LONG}.`, errors: [{ text: '', severity: 'info' }] },
    { text: `Flu shots today. ${LONG}!`, errors: [{ text: '', start: 17 }] },
  ],
});

describe('clarity/long-sentence spans and messages', () => {
  it('points at the start of the long sentence and counts its words', () => {
    const only = runRule(rule, `${LONG}.`);
    expect(only.map((f) => [f.start, f.end, f.message])).toEqual([[0, 0, 'This sentence has 41 words (aim for 30 or fewer): split it where the idea changes.']]);
    const second = runRule(rule, `Flu shots today. ${LONG}!`);
    expect(second.map((f) => [f.start, f.end, f.message])).toEqual([[17, 17, 'Sentence 2 of 2 has 41 words (aim for 30 or fewer): split it where the idea changes.']]);
  });
});
