// Direct identifiers in unambiguous form keep their floor whatever the fitted model says; the
// model still decides the ambiguous candidates, and an invented teaching case has no floors.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/index.ts';

const NOW = '2026-11-22T12:00:00Z';
const severityOf = (text: string, span: string, rule: string) => {
  const start = text.indexOf(span);
  // The finding covers the span (a name after "patient" takes its space with it, so the fix reads "my patient").
  const f = analyze(text, { now: NOW }).findings.find((x) => x.rule === rule && x.start <= start && x.end === start + span.length && start - x.start <= 1);
  return f?.severity;
};

describe('severity floors', () => {
  it.each([
    ['My 97-year-old patient still drives herself to every appointment. Goals!', '97-year-old', 'privacy/age-over-89', 'block'],
    ['Can anyone help find the outside films for MRN 00482913? Radiology says they never arrived.', 'MRN 00482913', 'privacy/record-number', 'block'],
    ['@jenna_runs so glad your knee surgery went well last week, see you at your follow-up visit!', '@jenna_runs', 'privacy/patient-handle', 'block'],
    ['Photo of my patient’s rash attached, wild presentation! Guess the diagnosis.', 'Photo of my patient’s rash attached', 'privacy/patient-photo', 'warn'],
    ['Pt seen 3/14/2024 in clinic with new chest pain.', '3/14/2024', 'privacy/encounter-date', 'block'],
    ['My patient Mrs. Lindqvist finally went home after six weeks.', 'Mrs. Lindqvist', 'privacy/patient-name', 'block'],
    ['My patient from 22 Tamarind Rd was admitted again with the same sepsis picture.', '22 Tamarind Rd', 'privacy/place', 'block'],
    ['Pulled a driver from a grey pickup, plate 9XRT 204, near the quarry this morning.', 'plate 9XRT 204', 'privacy/record-number', 'block'],
    ['His wife gave me her number in case he gets worse tonight. Pasted it here by mistake: 0412 887 306. Deleting now.', '0412 887 306', 'privacy/contact', 'block'],
    ['Garde de nuit : Mme Diatta, 61 ans, arrivée ce matin avec une éclampsie.', 'Mme Diatta, 61 ans,', 'privacy/patient-name', 'block'],
    ['Specimen S24-118873 came with a requisition saying left breast and a jar labelled right.', 'Specimen S24-118873', 'privacy/record-number', 'block'],
    ["Posting the CXR from this morning (wristband says JOSEPHINE WANJIKU in the corner, I'll crop it later lol)", 'JOSEPHINE WANJIKU', 'privacy/patient-photo', 'block'],
  ])('%s: %s is %s at %s', (text, span, rule, severity) => {
    expect(severityOf(text, span, rule)).toBe(severity);
  });

  // Floored at warn: at least warned, stopped when the draft model says so.
  it.each([
    ['Three kids came in from the bouncy castle collapse at the Riverside Spring Fair today.', 'bouncy castle collapse at the Riverside Spring Fair', 'privacy/local-event'],
    ["prayers for my patient Jolene who's going into surgery tomorrow 🙏", 'Jolene', 'privacy/patient-name'],
    ['Rural FM life: the only vet in our town came in with a cow-kick tib fracture.', 'vet', 'privacy/notable-person'],
    ['Pakcik Ismail dari Kampung Sungai Lembing datang balik hari ni dengan kaki diabetik yang makin teruk.', 'Pakcik Ismail', 'privacy/patient-name'],
  ])('%s: %s is at least warned by %s', (text, span, rule) => {
    expect(['warn', 'block']).toContain(severityOf(text, span, rule));
  });

  it('a case invented in French is not floored either', () => {
    const text = 'Cas clinique (fictif) : Mme X, 72 ans, dyspnée progressive depuis 3 semaines. Votre diagnostic ?';
    expect(analyze(text, { now: NOW }).findings.some((f) => f.severity === 'block')).toBe(false);
  });

  it("a placeholder record (all zeros, the test patient's 01/01/1900) raises nothing", () => {
    const text = "Training slide of the day: 'John Doe, DOB 01/01/1900, NHS 000 000 0000', our test record.";
    expect(analyze(text, { now: NOW }).findings.filter((f) => f.category === 'privacy' && f.severity !== 'info')).toEqual([]);
  });

  it('an invented teaching case is not floored', () => {
    const text = 'Teaching case (entirely made up, for our OSCE): Mrs Blue, 72, presents with confusion and a Na of 118.';
    expect(severityOf(text, 'Mrs Blue', 'privacy/patient-name')).not.toBe('block');
  });

  it('the cues that raised a finding stay apart from its message', () => {
    const f = analyze('My patient Mrs. Lindqvist finally went home after six weeks.', { now: NOW }).findings.find((x) => x.rule === 'privacy/patient-name');
    expect(f?.message).toBe('Patient name');
    expect(f?.because).toMatch(/./);
  });
});

describe('the draft-level stop', () => {
  it('stops a story whose details narrow it to one person together, though none is a direct identifier', () => {
    const text = 'Admitted a 34-year-old roofer from Tullow Creek on Saturday after a fall from the church steeple. Rare fracture pattern.';
    const findings = analyze(text, { now: NOW }).findings.filter((f) => f.category === 'privacy');
    expect(findings.some((f) => f.severity === 'block')).toBe(true);
    expect(findings.every((f) => f.rule !== 'privacy/patient-name')).toBe(true);
  });

  it('neither stops nor warns about a draft that says its case is invented: its details stay at info', () => {
    const invented = 'OSCE station: Mr. Okafor, 91, fell at home in Tullow Creek last night and is now confused on apixaban. First move?';
    const findings = analyze(invented, { now: NOW }).findings.filter((f) => f.category === 'privacy');
    expect(findings.map((f) => [invented.slice(f.start, f.end), f.severity])).toEqual([
      ['Mr. Okafor, 91,', 'info'],
      ['91', 'info'],
      ['Tullow Creek', 'info'],
      ['last night', 'info'],
    ]);
    // The same story told as a real one is stopped.
    const real = invented.slice('OSCE station: '.length);
    expect(analyze(real, { now: NOW }).findings.some((f) => f.severity === 'block')).toBe(true);
  });

  // A training manikin by its maker's name is nobody: its "name" and its "age" stay at info.
  it.each([
    'Resusci Anne has been taking compressions since 1960. Recert class today: 14 medics, 0 broken ribs (hers).',
    'Rescue Randy (165 lb) got dragged 100 ft by every recruit this morning. Randy has never once said thank you.',
    "PPH drill with SimMom today: she 'lost' 1,800 mL and we had TXA in by minute 9.",
  ])('raises nothing above info about a training manikin: %s', (text) => {
    expect(analyze(text, { now: NOW }).findings.filter((f) => f.category === 'privacy' && f.severity !== 'info')).toEqual([]);
  });

  it('does not stop a general teaching post', () => {
    const text = 'Teaching point: in older adults a fall from standing can still cause a hip fracture. Check vitamin D.';
    expect(analyze(text, { now: NOW }).findings.some((f) => f.severity === 'block')).toBe(false);
  });

  // Classes that were all risky in the labelled drafts and the outside sets but whose words clean
  // posts share: a block floor on them stopped each of these (the labelled drafts hold few such
  // posts), so they are left to the model.
  it.each([
    'The mayor visited our ICU today to thank the nurses. Means a lot.',
    'Our ED team ran the 5k for our colleague with cancer #TeamSarah 💪',
    'Our ICU was on the news tonight for the new family lounge! So proud of this team.',
    'The lady who runs the coffee cart in our ED lobby is a national treasure ☕',
    'Graduation day! Photo below with my co-residents 🎓',
    "Pic from our team dinner, I'll crop my ex out later 😂",
    'Conference poster photo below — our names are visible at the top, come say hi!',
  ])('does not stop a clean post whose words a floored class shares: %s', (text) => {
    expect(analyze(text, { now: NOW }).findings.some((f) => f.severity === 'block')).toBe(false);
  });
});
