import type { Rule } from '../../types.ts';
import { rule as absoluteClaim } from './absolute-claim.ts';
import { rule as medicalAdvice } from './medical-advice.ts';
import { rule as profanity } from './profanity.ts';
import { rule as stigmatizingLanguage } from './stigmatizing-language.ts';
import { rule as undisclosedPromotion } from './undisclosed-promotion.ts';

export const professionalismRules: readonly Rule[] = [medicalAdvice, stigmatizingLanguage, profanity, absoluteClaim, undisclosedPromotion];
