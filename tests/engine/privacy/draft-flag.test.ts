// Whether a draft is warned about is the draft model's call (combine.ts): a colleague's obituary or
// farewell names a person, a date and a ward as a patient story does, and only the draft as a whole
// tells them apart. Its details stay as information; the same details in a patient's story are raised.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/index.ts';

const NOW = '2026-11-22T12:00:00Z';
const privacy = (text: string) =>
  analyze(text, { now: NOW }, { hashtags: false })
    .findings.filter((f) => f.category === 'privacy')
    .map((f) => [f.severity, text.slice(f.start, f.end)]);

describe('the draft model decides whether a draft is warned about', () => {
  it.each([
    [
      "Vale Dr. Helen Marsh (1944–2025), neonatologist, who died peacefully on 3 March. She built our NICU follow-up clinic and never missed a fellow's talk.",
      [['info', 'Dr. Helen Marsh'], ['info', '3 March']],
    ],
    [
      'Farewell Sister Agnes Doyle, after 38 years on Ward 5. You trained half the nurses in Cork. Enjoy your retirement 💐',
      [['info', 'Sister Agnes'], ['info', 'Doyle'], ['info', 'Ward 5'], ['info', 'Cork']],
    ],
  ])('a colleague remembered: %s', (text, expected) => {
    expect(privacy(text)).toEqual(expected);
  });

  // Every detail raised, the draft stopped; an age alone may stay a warning as the weights go.
  it('a patient story: Helen Marsh, 81, came in on 3 March after a fall on Ward 5 steps; daughter Agnes with her.', () => {
    const found = privacy('Helen Marsh, 81, came in on 3 March after a fall on Ward 5 steps; daughter Agnes with her.');
    expect(found.map(([, span]) => span)).toEqual(['Helen Marsh', '81', '3 March', 'Ward 5', 'Agnes']);
    expect(found.filter(([severity]) => severity === 'block').map(([, span]) => span)).toEqual(expect.arrayContaining(['Helen Marsh', '3 March', 'Ward 5', 'Agnes']));
    expect(found.every(([severity]) => severity !== 'info')).toBe(true);
  });

  // Raised, at warn or block as the stop model weighs the whole draft.
  it('a family named in a patient story: its name and its time are raised', () => {
    const found = privacy('Spent an hour with the Adeyemi family tonight going over goals of care for their mum.');
    expect(found.map(([, span]) => span)).toEqual(['the Adeyemi family', 'tonight']);
    expect(found.every(([severity]) => severity !== 'info')).toBe(true);
  });
});
