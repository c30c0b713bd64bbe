import { readJsonl, isHoldout, type PrivacyDraft } from '../eval/corpus.ts';
import { analyze } from '../../lib/engine/index.ts';
import { applyAllFixes } from '../../lib/review/review.ts';
const ds = readJsonl<PrivacyDraft>('train.jsonl').filter((d) => !isHoldout(d.id) && d.risky);
let n = 0;
for (const d of ds) {
  if (n++ % 23 !== 0) continue;
  const a = analyze(d.text, { now: '2026-11-22T12:00:00Z' });
  const out = applyAllFixes(d.text, a.findings.filter((f) => f.category === 'privacy' && f.severity !== 'info'));
  console.log('-', d.text.replace(/\n/g, ' ').slice(0, 200));
  console.log('+', (typeof out === 'string' ? out : JSON.stringify(out)).replace(/\n/g, ' ').slice(0, 200));
}
