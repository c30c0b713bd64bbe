import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/engine/document.ts';
import { cueBit, draftFeatures, triggeredPhrase } from '../../../lib/engine/hashtags/features.ts';
import { resolveSettings } from '../../../lib/engine/settings.ts';

const NOW = '2026-11-22T12:00:00Z';
function featuresOf(text: string) {
  const s = resolveSettings({ now: NOW, specialty: ['cardiology'] });
  return draftFeatures(buildDocument(text, s, Date.parse(NOW), 280));
}

// A keystroke reads the cue bits and the list of triggered tags; the fit script reads the names,
// the cue set and the triggered map, built from them when read: both views must agree.
describe('a draft’s features, as bits and lists and as names and maps', () => {
  const f = featuresOf('@drlee A thread 🧵 on acute coronary syndrome: troponin first, then the ECG. Troponin again at 3h.');

  it('gives the cues as a set and as bits', () => {
    expect([...f.cues].sort()).toEqual(['k:reply', 'k:thread']);
    expect(f.cueBits).toBe(cueBit('k:reply') | cueBit('k:thread'));
    expect(cueBit('w:troponin')).toBe(0);
  });

  it('gives each triggered tag its first phrase, in the order of first appearance', () => {
    expect(f.triggeredTags.map((t) => t.tag)).toEqual([...f.triggered.keys()]);
    expect(f.triggered.size).toBeGreaterThan(0);
    for (const [tag, phrase] of f.triggered) expect(triggeredPhrase(f, tag)).toBe(phrase);
    expect([...f.triggered.values()]).toContain('acute coronary syndrome');
    expect(triggeredPhrase(f, '#NoSuchTag')).toBeUndefined();
  });

  it('names the features in the order of the interned list', () => {
    expect(f.features).toEqual(f.list.map((x) => x.name));
    expect(f.features).toContain('k:reply');
  });
});

// The medical-topic gate: clinical words count a half, everyday words of care three tenths each.
describe('how medical a draft reads', () => {
  it('counts "ED" and "ER" (read as "emergency department") as a word of care, as it counts "ICU"', () => {
    expect(featuresOf('Our ED waiting room has new chairs.').medical).toBeCloseTo(0.3);
    expect(featuresOf('Our ER waiting room has new chairs.').medical).toBeCloseTo(0.3);
    // (An ICU is a patient's setting to the privacy context: its half for a patient's story comes on top.)
    expect(featuresOf('Our ICU waiting room has new chairs.').medical).toBeCloseTo(0.8);
  });

  it('counts a patient’s story with a word of care as medical, whatever its words', () => {
    expect(featuresOf('Mrs. Alvarez in room 412 finally went home after 6 weeks with us. The whole team clapped her out.').medical).toBeCloseTo(0.8);
    // A story with no word of care stays as its words make it.
    expect(featuresOf('Thank you to everyone who came to the retirement party last night!').medical).toBe(0);
  });

  it('counts an injury, a test or an organ as clinical', () => {
    expect(featuresOf('A double lung transplant, and he walked the whole convention centre.').medical).toBeGreaterThanOrEqual(0.5);
    expect(featuresOf('Parking garage full again.').medical).toBe(0);
  });
});
