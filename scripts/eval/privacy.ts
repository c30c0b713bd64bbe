// Privacy scores as the judging harness computes them (../shared/eval/README.md), plus the share
// of drafts the check before posting stops (any block finding opens its dialog).
import type { Analysis, Finding } from '../../lib/engine/types.ts';
import type { PrivacyDraft } from './corpus.ts';

export interface PrivacyScores {
  recall: number;
  precision: number;
  spanRecall: number;
  cleanStopped: number;
  riskyStopped: number;
}

const flagged = (f: Finding) => f.category === 'privacy' && (f.severity === 'warn' || f.severity === 'block');
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scorePrivacy(drafts: PrivacyDraft[], analyses: Analysis[], misses?: string[]): PrivacyScores {
  const decisions = drafts.map((d, i) => {
    const findings = analyses[i]!.findings;
    const priv = findings.filter(flagged);
    const hit = priv.length > 0;
    if (d.risky && !hit) misses?.push(`MISS  ${d.id}: ${d.text.slice(0, 160)}`);
    if (!d.risky && hit) misses?.push(`FALSE ${d.id}: ${priv.map((f) => `${f.rule}[${f.severity}] "${d.text.slice(f.start, f.end)}"`).join('; ')}`);
    let spansHit = 0;
    for (const p of d.phi) {
      const at = d.text.indexOf(p.span);
      if (at < 0) continue;
      if (priv.some((f) => f.start < at + p.span.length && f.end > at)) spansHit++;
      else if (d.risky) misses?.push(`SPAN  ${d.id}: ${p.kind} "${p.span}"`);
    }
    return { flagged: hit, stopped: findings.some((f) => f.severity === 'block'), spansHit };
  });
  return scoreDecisions(drafts, decisions);
}

/** The scores from each draft's decisions: an analysis's (scorePrivacy) or a model's out of fold (scripts/fit-privacy.ts crossValidatedDecisions). */
export function scoreDecisions(drafts: PrivacyDraft[], decisions: ReadonlyArray<{ flagged: boolean; stopped: boolean; spansHit: number }>): PrivacyScores {
  let tp = 0, fp = 0, fn = 0, spans = 0, spansHit = 0, clean = 0, cleanStopped = 0, riskyStopped = 0;
  drafts.forEach((d, i) => {
    const { flagged: hit, stopped, spansHit: h } = decisions[i]!;
    if (d.risky) {
      if (hit) tp++;
      else fn++;
      if (stopped) riskyStopped++;
    } else {
      clean++;
      if (stopped) cleanStopped++;
      if (hit) fp++;
    }
    spans += d.phi.filter((p) => d.text.includes(p.span)).length;
    spansHit += h;
  });
  return {
    recall: ratio(tp, tp + fn),
    precision: ratio(tp, tp + fp),
    spanRecall: ratio(spansHit, spans),
    cleanStopped: ratio(cleanStopped, clean),
    riskyStopped: ratio(riskyStopped, tp + fn),
  };
}
