import { describe, expect, it } from 'vitest';
import { PRIVACY_MODEL } from '../../../lib/engine/data/privacy-weights.ts';
import { analyze } from '../../../lib/engine/index.ts';
import { buildDocument } from '../../../lib/engine/document.ts';
import { byWeight, draftWords, groupByWeight, wordBucket, wordProbability } from '../../../lib/engine/privacy/draft-words.ts';
import { resolveSettings, STANDARD_LIMIT } from '../../../lib/engine/settings.ts';

const doc = (text: string) => buildDocument(text, resolveSettings({}), Date.parse('2026-11-22T12:00:00Z'), STANDARD_LIMIT);
const p = (text: string) => wordProbability(PRIVACY_MODEL.words, draftWords(doc(text)));

describe('draft words', () => {
  it('reads distinct lower-case words (hashtags too), numbers by length only', () => {
    expect([...draftWords(doc('Saw Mr Lee, 58, at 0300. Mr Lee was fine! 🎉 #MedEd'))].sort()).toEqual(['<n>', '<nnnn>', 'at', 'fine', 'lee', 'meded', 'mr', 'saw', 'was']);
  });

  it('lists weights grouped by weight and reads them back', () => {
    const weights = { mr: 2.1, bed: 1, his: 1, free: -0.9, constructor: 0.3 };
    expect(groupByWeight(weights)).toEqual({ '2.1': 'mr', '1': 'bed his', '0.3': 'constructor', '-0.9': 'free' });
    expect(byWeight(groupByWeight(weights))).toEqual(weights);
  });

  it('buckets a probability from 0 (surely clean) to 5 (surely risky)', () => {
    expect([0, 0.1, 0.3, 0.5, 0.8, 0.95].map(wordBucket)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('the shipped model tells a bedside story from a clinic notice', () => {
    const story = p('Mr Okafor in bed 12 told me his daughter drove from the farm this afternoon. He is fine.');
    const notice = p('Free flu shots for everyone this Saturday, 9–12. Walk-ins welcome, clinic hours posted online.');
    expect(story).toBeGreaterThan(0.5);
    expect(notice).toBeLessThan(0.1);
  });

  it('an unknown word or an Object.prototype name weighs nothing', () => {
    expect(wordProbability({ bias: 0, weights: {} }, ['constructor', '__proto__', 'toString'])).toBe(0.5);
  });

  it('a finding it raised says so in its why', () => {
    const { findings } = analyze('Mr Okafor in bed 12 told me his daughter drove from the farm this afternoon.', { now: '2026-11-22T12:00:00Z' });
    const name = findings.find((f) => f.rule === 'privacy/patient-name');
    expect(name?.because).toContain('case-like wording');
  });
});
