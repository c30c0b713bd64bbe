// The rules the coach on X runs in the page on every keystroke: privacy and length, what the
// check before posting must know at once. Clarity and professionalism advice comes from the
// background script (entrypoints/x-coach.content/advice.ts), so their word lists and models stay
// out of the script that runs on every X page.
import { lengthRules } from './length/index.ts';
import { privacyRules } from './privacy/index.ts';
import type { Rule } from '../types.ts';

export const inPageRules: readonly Rule[] = [...privacyRules, ...lengthRules];
export const IN_PAGE_RULE_IDS: ReadonlySet<string> = new Set(inPageRules.map((r) => r.id));
