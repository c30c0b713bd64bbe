import { readableProblem, ruleName } from '../../entrypoints/options/labels.ts';

describe('readableProblem', () => {
  it('turns validator paths into sentences', () => {
    expect(readableProblem('conferences[0].start: expected a date as YYYY-MM-DD')).toBe('Conference hashtag 1, start date: expected a date as YYYY-MM-DD.');
    expect(readableProblem('rules.privacy/no-such-rule: unknown rule')).toBe('Rule “No such rule”: unknown rule.');
    expect(readableProblem('rules.privacy/place.severity: expected info, warn or block')).toBe('Rule “Place of care”, severity: expected info, warn or block.');
    expect(readableProblem('colour: unknown setting')).toBe('“colour”: this setting does not exist.');
    expect(readableProblem('conferences[2]: end is before start')).toBe('Conference hashtag 3: end is before start.');
    expect(readableProblem('The policy is not valid JSON: Unexpected token')).toBe('The policy is not valid JSON: Unexpected token');
  });

  it('names rules by what they catch', () => {
    expect(ruleName('clarity/jargon')).toBe('Jargon and abbreviations');
    expect(ruleName('privacy/brand-new')).toBe('Brand new');
  });
});
