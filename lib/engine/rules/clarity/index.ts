import type { Rule } from '../../types.ts';

export const clarityRules: readonly Rule[] = [];
