import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../lib/engine/document.ts';
import { gatherCandidates } from '../../../lib/engine/privacy/combine.ts';
import { privacyRules } from '../../../lib/engine/rules/privacy/index.ts';
import { resolveSettings, STANDARD_LIMIT } from '../../../lib/engine/settings.ts';

/** The draft cues ("d:…") its candidates carry. */
function cues(text: string): string[] {
  const doc = buildDocument(text, resolveSettings({}), Date.parse('2026-11-22T12:00:00Z'), STANDARD_LIMIT);
  const cands = gatherCandidates(doc, privacyRules.map((rule) => ({ rule, raw: rule.check(doc) })), 0);
  return (cands[0]?.draft ?? []).filter((c) => c.startsWith('d:'));
}

describe('draft cues', () => {
  it('opening hours and time slots mark a schedule', () => {
    expect(cues('Car seat checks at Westbrook Station, 88 Alder Way, Sat 10am–2pm.')).toContain('d:schedule');
    expect(cues('Harbour Clinic, 14 Quay St: Mon–Fri, walk in.')).toContain('d:schedule');
    expect(cues('Our front desk on Alder Way answers 24/7.')).toContain('d:schedule');
  });

  it('a range of days or a blood pressure is no schedule', () => {
    expect(cues('Mr Okafor on Alder Way, BP 120-80, fever for 3-5 days.')).not.toContain('d:schedule');
  });
});
