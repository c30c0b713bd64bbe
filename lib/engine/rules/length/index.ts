import type { Rule } from '../../types.ts';
import { rule as overLimit } from './over-limit.ts';

export const lengthRules: readonly Rule[] = [overLimit];
