import { buildDocument } from '../lib/engine/document.ts';
import { weighPrivacy } from '../lib/engine/privacy/combine.ts';
import { rules } from '../lib/engine/rules/index.ts';
import { resolveSettings, STANDARD_LIMIT } from '../lib/engine/settings.ts';
import { privacyLearningSet } from './eval/corpus.ts';
const drafts = privacyLearningSet();
const byKind = new Map<string, { n: number; hit: number; info: number; none: number }>();
let riskyNoBlock = 0, riskyNoBlockHasWarn = 0, risky = 0;
const blockMissReasons = new Map<string, number>();
for (const d of drafts) {
  const s = resolveSettings(d.specialty ? { specialty: [d.specialty] } : {});
  const doc = buildDocument(d.text, s, Date.now(), STANDARD_LIMIT);
  const ws = weighPrivacy(doc, rules.filter((r) => r.category === 'privacy').map((rule) => ({ rule, raw: rule.check(doc) })));
  if (d.risky) {
    risky++;
    if (!ws.some((w) => w.severity === 'block')) { riskyNoBlock++; if (ws.some((w) => w.severity === 'warn')) riskyNoBlockHasWarn++; }
  }
  for (const p of d.phi) {
    const at = d.text.indexOf(p.span); if (at < 0) continue;
    const e = byKind.get(p.kind) ?? { n: 0, hit: 0, info: 0, none: 0 }; byKind.set(p.kind, e); e.n++;
    const ov = ws.filter((w) => w.raw.start < at + p.span.length && w.raw.end > at);
    if (ov.some((w) => w.severity !== 'info')) e.hit++; else if (ov.length) e.info++; else e.none++;
  }
}
console.log('risky', risky, 'no block', riskyNoBlock, 'of which warn', riskyNoBlockHasWarn);
for (const [k, e] of byKind) console.log(k.padEnd(10), e.n, 'hit', e.hit, 'info-only', e.info, 'no-candidate', e.none);
// draft-level: among drafts with warn but no block
const rows: Array<{ risky: boolean; nWarn: number; kinds: number; max: number; sum: number; second: number }> = [];
for (const d of drafts) {
  const s = resolveSettings(d.specialty ? { specialty: [d.specialty] } : {});
  const doc = buildDocument(d.text, s, Date.now(), STANDARD_LIMIT);
  const ws = weighPrivacy(doc, rules.filter((r) => r.category === 'privacy').map((rule) => ({ rule, raw: rule.check(doc) })));
  if (ws.some((w) => w.severity === 'block') || !ws.some((w) => w.severity === 'warn')) continue;
  const warn = ws.filter((w) => w.severity === 'warn');
  const ps = ws.map((w) => w.p).sort((a, b) => b - a);
  rows.push({ risky: d.risky, nWarn: warn.length, kinds: new Set(warn.map((w) => w.rule.id)).size, max: ps[0]!, second: ps[1] ?? 0, sum: ps.reduce((a, b) => a + b, 0) });
}
const pos = rows.filter((r) => r.risky), neg = rows.filter((r) => !r.risky);
console.log('warn-only drafts: risky', pos.length, 'clean', neg.length);
for (const k of [1, 2, 3, 4]) console.log(`kinds>=${k}`, pos.filter((r) => r.kinds >= k).length, neg.filter((r) => r.kinds >= k).length);
for (const t of [0.6, 0.7, 0.75, 0.8, 0.84, 0.9]) console.log(`max>=${t}`, pos.filter((r) => r.max >= t).length, neg.filter((r) => r.max >= t).length);
for (const t of [0.3, 0.4, 0.5, 0.6]) console.log(`second>=${t}`, pos.filter((r) => r.second >= t).length, neg.filter((r) => r.second >= t).length);
