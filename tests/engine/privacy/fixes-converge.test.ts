// A fix must not write what the coach then flags: "Apply all fixes" has to leave a draft with
// fewer findings, never new ones on the fix's own words ("a patient in her 90s" was flagged as an
// age over 89; "over 90" and "90+" as possible ages; "overnight" as the time of the encounter).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/index.ts';
import { applyAllFixes } from '../../../lib/review/review.ts';

const NOW = { now: '2026-11-22T12:00:00Z' };

/** The ranges of the fixed text that the applied fixes wrote. */
function written(text: string): { fixed: string; spans: Array<[number, number]> } {
  const raised = analyze(text, NOW, { hashtags: false }).findings.filter((f) => f.severity !== 'info');
  const { text: fixed, applied } = applyAllFixes(text, raised);
  const spans: Array<[number, number]> = [];
  let delta = 0;
  for (const f of applied) {
    const start = (f.fix!.start ?? f.start) + delta;
    spans.push([start, start + f.fix!.replacement.length]);
    delta += f.fix!.replacement.length - ((f.fix!.end ?? f.end) - (f.fix!.start ?? f.start));
  }
  return { fixed, spans };
}

describe('fixes converge', () => {
  it.each([
    'Saw Mrs. Alvarez, 93, in room 412 this morning. Tough case but she is a fighter.',
    'Our sweet Mrs. Pike (in her late 90s, former church organist) played the dayroom piano today.',
    "She's 96 and sharper than my interns. Discharged her home this morning.",
    'Bullous pemphigoid flare in a 97yo nursing-home resident. Pics of the blisters below.',
    'Carried out an elderly lady in her 90s and her cat from the duplex fire on Harmon Rd.',
    'Sat 14th, 0215: stabbing, 17 yr old, came in by private car. Survived theatre.',
    'Ninety-four and still driving to the allotment every morning. Told him to stop, he won’t.',
    'Mr Patel, 58, bed 14 on Ward 9, STEMI at 2am. Door to balloon 48 min.',
  ])('%s', (text) => {
    const { fixed, spans } = written(text);
    expect(spans.length).toBeGreaterThan(0);
    const onFixes = analyze(fixed, NOW, { hashtags: false }).findings.filter(
      (f) => f.category === 'privacy' && f.severity !== 'info' && spans.some(([s, e]) => f.start < e && f.end > s),
    );
    expect(onFixes.map((f) => `${f.rule} "${fixed.slice(f.start, f.end)}"`)).toEqual([]);
  });
});
