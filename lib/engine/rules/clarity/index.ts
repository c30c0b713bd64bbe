import type { Rule } from '../../types.ts';
import { rule as bareLink } from './bare-link.ts';
import { rule as hashtagCase } from './hashtag-case.ts';
import { rule as hashtagCount } from './hashtag-count.ts';
import { rule as jargon } from './jargon.ts';
import { rule as longSentence } from './long-sentence.ts';
import { rule as readingGrade } from './reading-grade.ts';
import { rule as shouting } from './shouting.ts';

export const clarityRules: readonly Rule[] = [readingGrade, longSentence, jargon, shouting, hashtagCount, hashtagCase, bareLink];
