import { rule as record } from '../../../../lib/engine/rules/privacy/record-number.ts';
import { testRule } from '../../rule-tester.ts';

testRule(record, {
  valid: ['Grand rounds on Zoom, meeting ID 961 4402 7735.', 'New meta-analysis (n=48,210): bleeding 4.1% vs 7.9%/yr.', 'Poster #P2108 and trial NCT01234567.', 'In 2019 we had zero telehealth visits.', 'The plate of cookies at the nurses station is gone.', 'Distal radius fixed with a volar plate ORIF this morning.', 'Plate NOTE: growth plates close later in boys.',
    // A label-like acronym glued to a word is part of it: a conference tag, not "ID Week2024".
    'Just landed for #IDWeek2024 in LA, see you at the C. diff posters.', 'Abstracts for IDWeek2025 are due Friday.',
    // The NHS's helpline and its plans are no one's number.
    'Not an emergency? Call NHS 111 or see the NHS 2024 plan.',
    // A fraction after a label is a dose or a reading.
    'Rx 5/325 for the fracture pain, no refills.',
    // A trial registry's number; an email address that holds a year.
    'Trial reg no. CTRI/2024/03/064512 is recruiting across 12 centres.', 'She asked me to email ruthie.b.1948@example.com; I used the portal.'],
  invalid: [
    // A national number after its label in Dutch.
    { text: 'Ontslagbrief ligt al 2 dagen bij de balie, BSN 192837465, mevr. De Wilde.', errors: [{ text: 'BSN 192837465', severity: 'block' }] },
    // Scotland's CHI number after its bare label; Italy's codice fiscale by its shape; a car's registration.
    { text: "Pls don't paste 'CHI 1705822214' into the teaching slides, she's still on Ward 7.", errors: [{ text: 'CHI 1705822214', severity: 'block', fix: '[number removed]' }] },
    { text: 'Codice fiscale RSSMRA85T10A562S sulla ricetta sbagliata.', errors: [{ text: 'RSSMRA85T10A562S', severity: 'block' }] },
    { text: 'The crew put the car reg (KX19 WPR) in the handover for the RTC pt.', errors: [{ text: 'car reg (KX19 WPR)', output: 'The crew put the [number removed] in the handover for the RTC pt.' }] },
    // Indian and Kenyan inpatient numbers, a year and a serial after UHID, an inmate's number; a year of birth.
    { text: 'Ramesh K, seizure at 3am. IP no. 2023/118842. Lorazepam out.', errors: [{ text: 'IP no. 2023/118842', severity: 'block', fix: '[number removed]' }] },
    { text: 'UHID 2023/118437, anyone have her old airway chart?', errors: [{ text: 'UHID 2023/118437', severity: 'block' }] },
    { text: 'Jerome, inmate #A-447291, waited 11 days for a transfer.', errors: [{ text: 'inmate #A-447291', severity: 'block' }] },
    { text: 'Family asked me to share: Walter Kaminski, b. 1938, passed Sunday.', errors: [{ text: 'b. 1938', fix: null }] },
    // Groups split by slashes or dots; Chile's RUT and Argentina's DNI by their labels.
    { text: 'Hospital no. FTH/23/44781: Hb 42 g/L in a sickle crisis.', errors: [{ text: 'Hospital no. FTH/23/44781', severity: 'block', fix: '[number removed]' }] },
    { text: 'RUT 14.567.892-K: paciente con ERC etapa 5.', errors: [{ text: 'RUT 14.567.892-K', severity: 'block', fix: '[number removed]' }] },
    { text: 'Necesito la biopsia de la paciente DNI 28.456.913, por favor.', errors: [{ text: 'DNI 28.456.913', severity: 'block', fix: '[number removed]' }] },
    // Singapore's NRIC and Australia's IHI by their shape alone; an NHS number after "NHS"; a specimen's number.
    { text: "Stop using T0145528H as the test patient, it's a real NRIC", errors: [{ text: 'T0145528H', severity: 'block', fix: '[number removed]' }] },
    { text: "Getting 'IHI not verified' for 8003 6081 2245 6718 again today", errors: [{ text: '8003 6081 2245 6718', severity: 'block' }] },
    { text: 'Why does NHS 401 023 2137 have two records?', errors: [{ text: 'NHS 401 023 2137', fix: '[number removed]' }] },
    { text: 'Specimen S24-118873 came labelled right, requisition said left.', errors: [{ text: 'Specimen S24-118873' }] },
    // A number in groups after its label is one number: the fix takes it whole.
    { text: 'Account 4821 7730 1192 0045 on the form was wrong.', errors: [{ text: 'Account 4821 7730 1192 0045', fix: '[number removed]' }] },
    { text: 'pls look at MRN 00482917 before 5', errors: [{ text: 'MRN 00482917', severity: 'block' }] },
    { text: 'pt says acct #A77120934 was charged twice', errors: [{ text: 'acct #A77120934' }] },
    { text: 'member ID XQB449201837 was denied again', errors: [{ text: 'member ID XQB449201837' }] },
    { text: 'lead alert on a pacer, serial CVX-22817-B.', errors: [{ text: 'serial CVX-22817-B' }] },
    { text: 'silver sedan, plate 7KTR512, in the ambulance bay', errors: [{ text: 'plate 7KTR512' }] },
    { text: 'SSN 123-45-6789 was on the fax', errors: [{ text: 'SSN 123-45-6789' }] },
    // A Brazilian CPF, and an Ontario health card by its card.
    { text: 'Paciente com CPF 482.931.576-20 não aparece no sistema.', errors: [{ text: '482.931.576-20', severity: 'block' }] },
    { text: 'if OHIP card 5584-271-903-KT keeps coming up invalid, it is the version code', errors: [{ text: 'OHIP card 5584-271-903-KT' }] },
    // Plates in two groups, plural and accession labels, health numbers from other systems.
    { text: 'a blue hatchback, plate 4KZP 318, left in the bay', errors: [{ text: 'plate 4KZP 318' }] },
    // A vanity plate is letters, with a digit or none.
    { text: "To whoever's vanity plate DRWHO1 I saw in the ambulance bay at 0300: you know what you did.", errors: [{ text: 'vanity plate DRWHO1', severity: 'block', fix: '[number removed]' }] },
    { text: 'Guy rolled into the ED lot in a lifted red truck with the plate "DRTYBOI" and a nail through his hand.', errors: [{ text: 'plate "DRTYBOI"' }] },
    { text: 'the sheet had MRNs 55201934 and more', errors: [{ text: 'MRNs 55201934' }] },
    { text: 'header shows ACC# 4419-7730-18 top left', errors: [{ text: 'ACC# 4419-7730-18' }] },
    { text: 'NHI QRT5521 bounced between three wards', errors: [{ text: 'NHI QRT5521' }] },
    { text: 'PhilHealth no. 07-123456789-1 was rejected', errors: [{ text: 'PhilHealth no. 07-123456789-1' }] },
    { text: 'her NRIC is T0123456Z, please fix the form', errors: [{ text: 'NRIC is T0123456Z' }] },
    // A number in groups is taken whole, so the fix leaves none of it behind.
    { text: 'Referral for a man, NHS number 943 476 5919, seen today', errors: [{ text: 'NHS number 943 476 5919', fix: '[number removed]' }] },
    { text: 'Medicare 2123 45670 1 on the form', errors: [{ text: 'Medicare 2123 45670 1' }] },
    // A US Medicare Beneficiary Identifier, by its abbreviation.
    { text: 'The portal rejects MBI 5TR2-KD9-WQ47 for her every time', errors: [{ text: 'MBI 5TR2-KD9-WQ47', severity: 'block', fix: '[number removed]' }] },
    { text: 'Aadhaar 2345 6789 0123 was on the discharge summary', errors: [{ text: 'Aadhaar 2345 6789 0123', severity: 'block', fix: '[number removed]' }] },
    // National identity cards (Pakistan's CNIC, Nigeria's NIN) are a patient's own number.
    { text: 'CNIC 42101-4567891-3 was written in the register', errors: [{ text: 'CNIC 42101-4567891-3', severity: 'block' }] },
    { text: 'NIN: 12345678901 on the referral', errors: [{ text: 'NIN: 12345678901', severity: 'block' }] },
    { text: 'her national ID 8001015009087 was on the form', errors: [{ text: 'national ID 8001015009087', severity: 'block' }] },
    { text: 'pls look at MRN 00482917 IN ED now', errors: [{ text: 'MRN 00482917' }] },
    // An Australian UR number; a Singapore NRIC in brackets goes with its brackets.
    { text: 'Sorted the clozapine supply for UR 00938217 over the long weekend.', errors: [{ text: 'UR 00938217' }] },
    { text: 'DO NOT paste the NRIC (S8123456D) into the group chat.', errors: [{ text: 'NRIC (S8123456D)', output: 'DO NOT paste the [number removed] into the group chat.' }] },
    { text: 'Health plan ID XJH482913006 typed into the tweet box instead of the portal.', errors: [{ text: 'plan ID XJH482913006' }] },
    { text: 'MyKad 850312-10-5527 jelas tertera dalam gambar.', errors: [{ text: '850312-10-5527' }] },
    { text: 'la carte RAMQ TREM 5412 0819 du monsieur de ce matin était expirée.', errors: [{ text: 'RAMQ TREM 5412 0819' }] },
  ],
});
