import { rule as contact } from '../../../../lib/engine/rules/privacy/contact.ts';
import { testRule } from '../../rule-tester.ts';

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
    { text: "Our patient needs help with his transplant costs: example.com/help-sam-whitaker", errors: [{ text: 'example.com/help-sam-whitaker' }] },
    { text: 'Login from 192.168.10.24 flagged on the pt portal', errors: [{ text: '192.168.10.24' }] },
  ],
});
