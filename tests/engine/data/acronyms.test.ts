import { describe, expect, it } from 'vitest';
import { ACRONYMS, CLINICAL_ABBREVIATIONS } from '../../../lib/engine/data/acronyms.ts';
import { JARGON } from '../../../lib/engine/data/jargon.ts';

describe('CLINICAL_ABBREVIATIONS', () => {
  it('is exactly the jargon terms of 3–6 capitals that ACRONYMS lacks', () => {
    const known = new Set(ACRONYMS);
    const expected = [...new Set(JARGON.map((j) => j.term.toUpperCase()))].filter((t) => /^[A-Z]{3,6}$/.test(t) && !known.has(t)).sort();
    expect([...CLINICAL_ABBREVIATIONS].sort()).toEqual(expected);
  });
});
