import { rule } from '../../../../lib/engine/rules/clarity/reading-grade.ts';
import { testRule } from '../../rule-tester.ts';

const PLAIN = 'Get your flu shot. It is free. It keeps you and your kids safe. Ask us at your next visit.';
const DENSE =
  'Comprehensive immunization against seasonal influenza substantially diminishes hospitalization, particularly among immunocompromised individuals with cardiopulmonary comorbidities.';
const MEDIUM = 'Your yearly flu vaccine lowers the chance of serious complications. Local pharmacies give the vaccine without an appointment.';

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
    { text: DENSE, errors: [{ text: DENSE, severity: 'info' }] },
    { text: MEDIUM, settings: { patientFacing: true }, errors: [{ text: 'Local pharmacies give the vaccine without an appointment.' }] },
  ],
});
