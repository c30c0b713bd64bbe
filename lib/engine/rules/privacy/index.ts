import type { Rule } from '../../types.ts';

export const privacyRules: readonly Rule[] = [];
