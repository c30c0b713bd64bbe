// Quasi-identifiers (an exact age, a time, a rare condition, an occupation…) are harmless one
// at a time and identifying together. Each is reported as `info` alone; when two or more kinds
// meet in one draft, or sit beside a direct identifier, they are all raised to `warn`.
import type { Finding, QuasiKind, RuleResult } from '../types.ts';

export function combinePrivacy(results: RuleResult[]): Finding[] {
  const kinds = new Set<QuasiKind>();
  let direct = false;
  let warned = false;
  for (const { rule, raw } of results) {
    if (rule.category !== 'privacy') continue;
    for (const r of raw) {
      if (r.quasi) kinds.add(r.quasi);
      else if (!r.companion && (r.severity ?? rule.severity) === 'block') direct = true;
      else if (!r.companion && (r.severity ?? rule.severity) === 'warn') warned = true;
    }
  }
  // A warn-level finding (a photo, a public figure) counts as one more detail in the combination.
  // A rare condition is what makes a case worth telling, so it needs two other details beside it
  // ("a 34-year-old with Marfan syndrome" is a teaching case; add a town and a date and it is a person).
  const details = kinds.size + (warned ? 1 : 0);
  // "Saw a 29yo this morning" alone is a teaching vignette: a time and an age need a third detail too.
  const onlyTimeAndAge = details === 2 && kinds.has('time') && kinds.has('age');
  const escalate = direct || (kinds.has('condition') || onlyTimeAndAge ? details >= 3 : details >= 2);
  const out: Finding[] = [];
  for (const { rule, raw } of results) {
    for (const r of raw) {
      let severity = r.severity ?? rule.severity;
      if (r.quasi) severity = escalate ? 'warn' : 'info';
      if (r.companion) severity = direct ? 'warn' : 'info';
      const message = r.quasi && escalate ? `${r.message}: identifying together with the other details` : r.message;
      out.push({ rule: rule.id, category: rule.category, severity, start: r.start, end: r.end, message, ...(r.fix ? { fix: r.fix } : {}) });
    }
  }
  return out;
}
