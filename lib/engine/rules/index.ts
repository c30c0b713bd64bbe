// Every rule, by category. Each category folder registers its own rules in its index.ts.
import { clarityRules } from './clarity/index.ts';
import { lengthRules } from './length/index.ts';
import { privacyRules } from './privacy/index.ts';
import { professionalismRules } from './professionalism/index.ts';
import type { Rule } from '../types.ts';

export const rules: readonly Rule[] = [...privacyRules, ...lengthRules, ...clarityRules, ...professionalismRules];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
