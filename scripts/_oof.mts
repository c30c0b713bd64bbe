import { fitDrafts, prepare, outOfFold } from './fit-privacy.ts';
import { PRIVACY_MODEL } from '../lib/engine/data/privacy-weights.ts';
const drafts = fitDrafts();
const p = prepare(drafts);
const oof = outOfFold(p, PRIVACY_MODEL.lambda);
const warn = PRIVACY_MODEL.warn;
const top = new Array(drafts.length).fill(0), arg = new Array(drafts.length).fill(-1);
p.examples.forEach((e, i) => { const q = e.floor === 'block' ? 1 : oof[i]!; if (q > top[e.draft]) { top[e.draft] = q; arg[e.draft] = i; } });
const fn: string[] = [], fp: string[] = [];
drafts.forEach((d, k) => {
  if (d.risky && top[k] < warn) fn.push(`FN ${top[k].toFixed(2)} ${d.id} ${d.phi.map((x) => x.kind + ':' + x.span).join(' | ')} || ${d.text.slice(0, 140)}`);
  if (!d.risky && top[k] >= warn) { const e = p.examples[arg[k]]!; fp.push(`FP ${top[k].toFixed(2)} ${d.id} [${e.rule}] ${d.text.slice(0, 150)}`); }
});
console.log(fn.length, fp.length);
console.log(fn.join('\n'));
console.log(fp.join('\n'));
