import type { Rule } from '../../types.ts';

export const professionalismRules: readonly Rule[] = [];
