import type { Document, Finding } from '../../types.ts';
import type { RuleResult } from '../../index.ts';

export function combinePrivacy(results: RuleResult[], doc: Document): Finding[] {
  void doc;
  const out: Finding[] = [];
  for (const { rule, raw } of results) {
    for (const r of raw) {
      out.push({ rule: rule.id, category: rule.category, severity: r.severity ?? rule.severity, start: r.start, end: r.end, message: r.message, ...(r.fix ? { fix: r.fix } : {}) });
    }
  }
  return out;
}
