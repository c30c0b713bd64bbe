// Professionalism scores as ../shared/eval/README.md defines them: draft recall and precision
// over `flagged`, span recall (a warn/block professionalism finding overlaps the span), by kind.
import type { Analysis, Finding } from '../../lib/engine/types.ts';
import type { ProfessionalismDraft } from './corpus.ts';

export const KINDS = ['advice', 'stigma', 'profanity', 'claim', 'promotion'] as const;

export interface ProfessionalismScores {
  recall: number;
  precision: number;
  spanRecall: number;
  byKind: Record<string, { hit: number; total: number }>;
}

const flagged = (f: Finding) => f.category === 'professionalism' && (f.severity === 'warn' || f.severity === 'block');
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function scoreProfessionalism(drafts: ProfessionalismDraft[], analyses: Analysis[], misses?: string[]): ProfessionalismScores {
  let tp = 0, fp = 0, fn = 0, spans = 0, spansHit = 0;
  const byKind: Record<string, { hit: number; total: number }> = Object.fromEntries(KINDS.map((k) => [k, { hit: 0, total: 0 }]));
  drafts.forEach((d, i) => {
    const found = analyses[i]!.findings.filter(flagged);
    const hit = found.length > 0;
    if (d.flagged && hit) tp++;
    if (d.flagged && !hit) { fn++; misses?.push(`MISS  ${d.id}: ${d.text.slice(0, 160)}`); }
    if (!d.flagged && hit) {
      fp++;
      misses?.push(`FALSE ${d.id}: ${found.map((f) => `${f.rule} "${d.text.slice(f.start, f.end)}"`).join('; ')}`);
    }
    for (const p of d.issues) {
      const at = d.text.indexOf(p.span);
      if (at < 0) continue;
      const k = (byKind[p.kind] ??= { hit: 0, total: 0 });
      spans++;
      k.total++;
      if (found.some((f) => f.start < at + p.span.length && f.end > at)) { spansHit++; k.hit++; }
      else if (d.flagged) misses?.push(`SPAN  ${d.id}: ${p.kind} "${p.span}"`);
    }
  });
  return { recall: ratio(tp, tp + fn), precision: ratio(tp, tp + fp), spanRecall: ratio(spansHit, spans), byKind };
}
