import { describe, expect, it } from 'vitest';
import { normalizeWord, normalizeWords, stem } from '../../../lib/engine/hashtags/normalize.ts';
import { specialtiesOf } from '../../../lib/engine/hashtags/features.ts';

describe('spelling variants', () => {
  // Each class of variant, with words from outside any list.
  const cases: Array<[string, string]> = [
    ['haemoglobin', 'hemoglobin'],
    ['anaemia', 'anemia'],
    ['hyperkalaemia', 'hyperkalemia'],
    ['paediatric', 'pediatric'],
    ['anaesthetist', 'anesthetist'],
    ['oesophageal', 'esophageal'],
    ['oedema', 'edema'],
    ['diarrhoea', 'diarrhea'],
    ['coeliac', 'celiac'],
    ['tumour', 'tumor'],
    ['tumours', 'tumors'],
    ['behaviour', 'behavior'],
    ['centre', 'center'],
    ['fibre', 'fiber'],
    ['randomised', 'randomized'],
    ['hospitalisation', 'hospitalization'],
    ['analysed', 'analyzed'],
    ['programme', 'program'],
  ];
  for (const [uk, us] of cases) it(`${uk} -> ${us}`, () => expect(normalizeWord(uk)).toBe(us));

  it('leaves words that only look like a variant alone', () => {
    for (const w of ['hour', 'four', 'your', 'exercise', 'advise', 'surprised', 'fatigue', 'shoe', 'does', 'aed', 'aeds', 'aerobic']) expect(normalizeWord(w)).toBe(w);
  });

  it('expands abbreviations and regional terms', () => {
    expect(normalizeWord('hyperk')).toBe('hyperkalemia');
    expect(normalizeWord('afib')).toBe('atrial fibrillation');
    expect(normalizeWord('aki')).toBe('acute kidney injury');
    expect(normalizeWord('a&e')).toBe('emergency department');
    expect(normalizeWord('paracetamol')).toBe('acetaminophen');
    expect(normalizeWords(['new', 'afib', 'on', 'the', 'ward'])).toEqual(['new', 'atrial', 'fibrillation', 'on', 'the', 'ward']);
  });

  it('stems plurals, possessives, -ing and -ed for the model', () => {
    expect([stem('seizures'), stem("crohn's"), stem('bleeding'), stem('admitted'), stem('bleed'), stem('virus')]).toEqual([
      'seizure', 'crohn', 'bleed', 'admitt', 'bleed', 'virus',
    ]);
  });

  it('reads the author’s specialty in any spelling, subspecialties included', () => {
    expect(specialtiesOf('Paediatric oncology')).toEqual(['pediatrics', 'oncology']);
    expect(specialtiesOf('anaesthesia')).toEqual(['anesthesiology']);
    expect(specialtiesOf('general practice')).toEqual(['family medicine']);
    expect(specialtiesOf('EMS')).toEqual(['emergency medical services']);
    expect(specialtiesOf('knitting')).toEqual([]);
  });
});
