// Scores the engine on labelled drafts (default ../shared/eval/dev.jsonl), as the eval README
// defines: draft-level privacy recall and precision, span recall, hashtag hit@3 and noise.
// Usage: npm run eval [-- path/to/set.jsonl] [--quiet]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../lib/engine/index.ts';
import type { Finding } from '../lib/engine/types.ts';

interface Phi {
  span: string;
  kind: string;
}
interface Draft {
  id: string;
  text: string;
  risky: boolean;
  phi: Phi[];
  hashtags: string[];
  specialty?: string;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const file = args.find((a) => !a.startsWith('--')) ?? resolve(root, '../shared/eval/dev.jsonl');
const drafts: Draft[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Draft);

const flagged = (f: Finding) => f.category === 'privacy' && (f.severity === 'warn' || f.severity === 'block');
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const fmt = (x: number) => x.toFixed(3);

let tp = 0, fp = 0, fn = 0, spans = 0, spansHit = 0, tagDrafts = 0, tagHits = 0, noiseDrafts = 0, noisy = 0;
const misses: string[] = [];
for (const d of drafts) {
  const a = analyze(d.text, d.specialty ? { specialty: [d.specialty] } : {});
  const priv = a.findings.filter(flagged);
  const hit = priv.length > 0;
  if (d.risky && hit) tp++;
  if (d.risky && !hit) {
    fn++;
    misses.push(`MISS  ${d.id}: ${d.text.slice(0, 140)}`);
  }
  if (!d.risky && hit) {
    fp++;
    misses.push(`FALSE ${d.id}: ${priv.map((f) => `${f.rule}[${f.severity}] "${d.text.slice(f.start, f.end)}"`).join('; ')}`);
  }
  for (const p of d.phi) {
    const at = d.text.indexOf(p.span);
    if (at < 0) continue;
    spans++;
    if (priv.some((f) => f.start < at + p.span.length && f.end > at)) spansHit++;
    else if (d.risky) misses.push(`SPAN  ${d.id}: ${p.kind} "${p.span}"`);
  }
  const top = a.hashtags.slice(0, 3).map((s) => s.tag.toLowerCase());
  if (d.hashtags.length) {
    tagDrafts++;
    if (d.hashtags.some((t) => top.includes(t.toLowerCase()))) tagHits++;
    else misses.push(`TAGS  ${d.id}: want ${d.hashtags.join(' ')} got ${top.join(' ') || '-'}`);
  } else if (!d.specialty) {
    noiseDrafts++;
    if (a.hashtags.some((s) => s.score >= 0.5)) {
      noisy++;
      misses.push(`NOISE ${d.id}: ${a.hashtags.map((s) => `${s.tag}(${s.score.toFixed(2)})`).join(' ')}`);
    }
  }
}

if (!quiet) for (const m of misses) console.log(m);
console.log(`\n${drafts.length} drafts from ${file}`);
console.log(`privacy  draft recall ${fmt(ratio(tp, tp + fn))}  draft precision ${fmt(ratio(tp, tp + fp))}  span recall ${fmt(ratio(spansHit, spans))} (${spansHit}/${spans})`);
console.log(`hashtags hit@3 ${fmt(ratio(tagHits, tagDrafts))} (${tagHits}/${tagDrafts})  noise ${fmt(ratio(noisy, noiseDrafts))} (${noisy}/${noiseDrafts})`);
