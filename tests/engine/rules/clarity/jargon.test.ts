import { JARGON } from '../../../../lib/engine/data/jargon.ts';
import { rule } from '../../../../lib/engine/rules/clarity/jargon.ts';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../rule-tester.ts';

describe('jargon data', () => {
  it('has at least 150 distinct entries with a plain alternative', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(150);
    expect(new Set(JARGON.map((e) => e.term)).size).toBe(JARGON.length);
    for (const e of JARGON) expect(e.plain.length).toBeGreaterThan(0);
  });

  it('has plain wordings of three characters or more (a long draft looks for them by their first three)', () => {
    for (const e of JARGON) expect(e.plain.length).toBeGreaterThanOrEqual(3);
  });
});

describe('jargon on a long draft with many terms (all plain wordings looked for in one pass)', () => {
  const terms = 'Pt w/ HTN s/p MI b/c of smoking. He was SOB on arrival, h/o COPD. Morphine PRN, NPO after midnight, abx q6h, BID.';
  const filler = ' The ward was calm and the team worked well together today.'.repeat(40);
  it('leaves out the terms whose plain wording is anywhere in the draft ("after", "Outpatients", "Shortness of breath")', () => {
    const found = runRule(rule, `${terms}${filler} Shortness of breath is common. Outpatients wait.`, { premium: true }).map((f) => f.text);
    expect(found).toEqual(['w/', 'HTN', 'MI', 'b/c', 'h/o', 'COPD', 'PRN', 'NPO', 'abx', 'q6h', 'BID']);
  });
  it('reports them all when none is spelled out', () => {
    const found = runRule(rule, `${terms}${filler}`, { premium: true }).map((f) => f.text);
    expect(found).toEqual(['Pt', 'w/', 'HTN', 'MI', 'b/c', 'SOB', 'h/o', 'COPD', 'PRN', 'NPO', 'abx', 'q6h', 'BID']);
  });
});

testRule(rule, {
  valid: [
    'My mother had a heart attack (MI) last year and recovered well.',
    'High blood pressure, or HTN, is the silent killer.',
    'Mi casa es su casa.',
    'DM me if you want the slides. #MedEd',
    'Check out #IDTwitter for more.',
    'MI (heart attack) is common after 65.',
    'Had an MI, a heart attack, last year.',
    'My PT session went well today.',
    'Sob story incoming.',
    'Follow @pt_advocate and #HTN https://example.org/s/p',
    'Come to the ED. Emergency department staff are great.',
    'I need to vent: the echo machine broke.',
  ],
  invalid: [
    { text: 'Pt w/ HTN s/p MI b/c of smoking.', errors: [{ text: 'Pt', fix: 'Patient' }, { text: 'w/', fix: 'with' }, { text: 'HTN', fix: 'high blood pressure' }, { text: 's/p', fix: 'after' }, { text: 'MI', fix: 'heart attack' }, { text: 'b/c', fix: 'because' }] },
    { text: 'He was SOB on arrival, h/o COPD.', errors: [{ text: 'SOB', fix: 'shortness of breath' }, { text: 'h/o', fix: 'history of' }, { text: 'COPD' }] },
    { text: 'Morphine PRN, NPO after midnight, abx q6h.', errors: [{ text: 'PRN', fix: 'as needed' }, { text: 'NPO', fix: 'nothing by mouth' }, { text: 'abx', fix: 'antibiotics' }, { text: 'q6h', fix: 'every 6 hours' }] },
    { text: 'Start metformin 500 mg BID with food.', errors: [{ text: 'BID', severity: 'info', fix: 'twice a day' }] },
  ],
});
