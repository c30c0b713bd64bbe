import { describe, expect, it } from 'vitest';
import { carryFindings, withAdvice } from '../../lib/engine/advice.ts';
import { advise, analyze } from '../../lib/engine/index.ts';
import { analyzeInPage } from '../../lib/engine/in-page.ts';
import type { Finding } from '../../lib/engine/types.ts';

const at = (start: number, end: number): Finding => ({ rule: 'clarity/jargon', category: 'clarity', severity: 'info', start, end, message: 'm' });

describe('the page and the background together', () => {
  it('give exactly the whole engine\'s findings, readability and hashtags', () => {
    const drafts = [
      'Pt Jane Hollis, 94, came in to room 412 with an NSTEMI. Damn, this cure works every time!',
      'Great #MedEd thread on AKI and hyperkalaemia for students 🧵 1/',
      '',
    ];
    for (const text of drafts) {
      const whole = analyze(text, {}, { hashtags: true });
      const merged = withAdvice(analyzeInPage(text, {}), advise(text, {}, { hashtags: true }));
      expect(merged).toEqual(whole);
    }
  });

  it('the page runs only privacy and length', () => {
    const a = analyzeInPage('Pt Jane Hollis is 94. Damn, this cure works every time!', {});
    expect(new Set(a.findings.map((f) => f.category))).toEqual(new Set(['privacy']));
    expect(a.stats.grade).toBeNull();
  });
});

describe('carryFindings', () => {
  const from = 'so pt ok, pt ok';
  it('keeps findings before the edit, moves those after, drops those touching it', () => {
    const f = [at(3, 5), at(10, 12)];
    expect(carryFindings(f, from, 'oh so pt ok, pt ok')).toEqual([at(6, 8), at(13, 15)]);
    expect(carryFindings(f, from, 'so pt ok!, pt ok')).toEqual([at(3, 5), at(11, 13)]);
    expect(carryFindings(f, from, 'so ptx ok, pt ok')).toEqual([at(11, 13)]);
    expect(carryFindings(f, from, 'so pt ok, pt')).toEqual([at(3, 5)]);
    expect(carryFindings(f, from, 'so pt ok, ptok')).toEqual([at(3, 5)]);
    expect(carryFindings(f, from, '')).toEqual([]);
    expect(carryFindings(f, from, from)).toEqual(f);
  });
});
