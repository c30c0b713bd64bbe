import type { Rule } from '../../types.ts';

export const lengthRules: readonly Rule[] = [];
