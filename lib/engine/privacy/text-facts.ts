// Facts about a draft's text that several privacy rules test before their patterns, found once
// per document: a pattern that needs what the text lacks is not run at all.
import { perDocument } from '../phrases.ts';
import type { Document } from '../types.ts';

/** The text holds an ASCII digit (what \d matches): else no pattern that needs a number can match. */
export const hasDigit: (doc: Document) => boolean = perDocument((doc) => /\d/.test(doc.text));

/**
 * Three digits in one run of letters, digits, dots and hyphens: what a record or account number,
 * an SSN, a phone number's last groups or an IP address holds. Most drafts have none.
 */
export const hasDigitRun: (doc: Document) => boolean = perDocument((doc) => /\d[\w.-]*\d[\w.-]*\d/.test(doc.text));
