import { rule as contact } from '../../../../lib/engine/rules/privacy/contact.ts';
import { describe, expect, it } from 'vitest';
import { runRule, testRule } from '../../rule-tester.ts';

testRule(contact, {
  valid: [
    "We're hiring! FT hospitalist. DM me or email careers@example.org",
    'Our clinic is closed Thursday for Thanksgiving. For urgent needs call 555-0111.',
    'If you are struggling, call or text 988.',
    'Recording: https://example.org/gr/alz-2024 #NeuroTwitter',
  ],
  invalid: [
    { text: 'Call his neighbor Dot at 555-0147 if you can help drive Mr. O to dialysis', errors: [{ text: '555-0147', severity: 'block' }] },
    // The person may be named in the sentence before: the number is still theirs.
    { text: 'His wife gave me her number in case he gets worse tonight. Pasted it here by mistake: 0412 887 306. Deleting now.', errors: [{ text: '0412 887 306', fix: '[phone removed]' }] },
    { text: 'My pt would love to connect. Her email: ochre.club.28@example.org', errors: [{ text: 'ochre.club.28@example.org' }] },
    // A notice's address is its staff's; a relative's in one is still theirs.
    { text: 'A family keeps emailing me from ochre.club.28@example.org. How do you handle family who go around the portal?', errors: [{ text: 'ochre.club.28@example.org' }] },
    { text: "Our patient needs help with his transplant costs: example.com/help-sam-whitaker", errors: [{ text: 'example.com/help-sam-whitaker' }] },
    { text: 'Login from 192.168.10.24 flagged on the pt portal', errors: [{ text: '192.168.10.24' }] },
  ],
});

describe('privacy/contact floors', () => {
  it('a number tied to a person stops the draft whatever the model says; one addressed to all patients is for the model to weigh', () => {
    expect(runRule(contact, 'Call his neighbor Dot at 555-0147 if you can help drive Mr. O to dialysis')[0]?.floor).toBe('block');
    expect(runRule(contact, 'The patient’s daughter left her number: 555-0147.')[0]?.floor).toBe('block');
    const notice = runRule(contact, '🔔 Patients: our main phone number changes on Aug 1 to (412) 555-0150. Please update your contacts!');
    expect(notice.map((f) => [f.text, f.floor])).toEqual([['(412) 555-0150', undefined]]);
  });
});
