import { describe, expect, it } from 'vitest';
import { ALWAYS_CHARS, Analyst } from './analysis.ts';
import type { Session } from './sessions.ts';

const session = (cost: number, costLength: number) => ({ cost, costLength }) as Session;

describe('Analyst.fits', () => {
  const analyst = new Analyst(() => { throw new Error('not called'); });

  it('analyses a post at once even after a slow, cold first analysis of a few characters', () => {
    // 20 ms for 1 character would project 720 ms for 36: a post is still analysed at once.
    expect(analyst.fits(session(20, 1), 'Pt in room 412 was stable overnight.')).toBe(true);
    expect(analyst.fits(session(20, 1), 'x'.repeat(ALWAYS_CHARS))).toBe(true);
  });

  it('defers a long draft whose projected cost passes the budget', () => {
    expect(analyst.fits(session(20, 1000), 'x'.repeat(5000))).toBe(false);
    expect(analyst.fits(session(1, 1000), 'x'.repeat(5000))).toBe(true);
  });
});
