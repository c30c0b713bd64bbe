// Facts about a draft's text that several privacy rules test before their patterns, found once
// per document: a pattern that needs what the text lacks is not run at all.
import { perDocument } from '../phrases.ts';
import type { Document } from '../types.ts';

/** The text holds an ASCII digit (what \d matches): else no pattern that needs a number can match. */
export const hasDigit: (doc: Document) => boolean = perDocument((doc) => /\d/.test(doc.text));
