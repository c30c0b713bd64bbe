import { JARGON } from '../../../../lib/engine/data/jargon.ts';
import { rule } from '../../../../lib/engine/rules/clarity/jargon.ts';
import { describe, expect, it } from 'vitest';
import { testRule } from '../../rule-tester.ts';

describe('jargon data', () => {
  it('has at least 150 distinct entries with a plain alternative', () => {
    expect(JARGON.length).toBeGreaterThanOrEqual(150);
    expect(new Set(JARGON.map((e) => e.term)).size).toBe(JARGON.length);
    for (const e of JARGON) expect(e.plain.length).toBeGreaterThan(0);
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
