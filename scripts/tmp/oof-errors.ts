import { fitDrafts, outOfFold, prepare } from '../fit-privacy.ts';
import { PRIVACY_MODEL } from '../../lib/engine/data/privacy-weights.ts';
const drafts = fitDrafts();
const p = prepare(drafts);
const oof = outOfFold(p, PRIVACY_MODEL.lambda);
const warn = PRIVACY_MODEL.warn;
const top = drafts.map(() => ({ q: 0, rule: '' }));
p.examples.forEach((e, i) => {
  const q = e.floor === 'block' ? 1 : e.floor === 'warn' ? Math.max(oof[i]!, warn) : oof[i]!;
  if (q > top[e.draft]!.q) top[e.draft] = { q, rule: e.rule + (e.floor ? '[' + e.floor + ']' : '') };
});
const mode = process.argv[2] ?? 'fp';
const rules = new Map<string, number>();
drafts.forEach((d, i) => {
  const t = top[i]!;
  const bad = mode === 'fp' ? !d.risky && t.q >= warn : d.risky && t.q < warn;
  if (!bad) return;
  rules.set(t.rule, (rules.get(t.rule) ?? 0) + 1);
  console.log(`${t.q.toFixed(2)} ${t.rule} w=${p.wordOof[i]!.toFixed(2)} | ${d.id} | ${d.text.replace(/\s+/g, ' ').slice(0, 220)}`);
});
console.log([...rules].sort((a, b) => b[1] - a[1]));
if (mode === 'slice') {
  const by = new Map<string, { tp: number; fp: number; fn: number; n: number }>();
  drafts.forEach((d, i) => {
    const s = /^t[a-f]/.test(d.id) ? d.id.slice(0, 2) : 'dev/own';
    const r = by.get(s) ?? { tp: 0, fp: 0, fn: 0, n: 0 };
    r.n++;
    const hit = top[i]!.q >= warn;
    if (hit && d.risky) r.tp++; else if (hit) r.fp++; else if (d.risky) r.fn++;
    by.set(s, r);
  });
  for (const [s, r] of [...by].sort()) console.log(s, r.n, 'recall', (r.tp / (r.tp + r.fn)).toFixed(3), 'precision', (r.tp / (r.tp + r.fp)).toFixed(3));
}
