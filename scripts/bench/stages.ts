// Where an analysis spends its time: microseconds per short draft for the document build, each
// rule, the privacy combination, readability, the hashtag suggester and the thread split.
// Usage: tsx scripts/bench/stages.ts [--long] [--rounds N] [--min] [--bundled]  (--long: the
// 25,000-character draft; --min: each draft's fastest round instead of its median, steadier on a
// loaded machine; --bundled: the parts bundled as the extension ships them, see ./engine.ts)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RuleResult } from '../../lib/engine/types.ts';
import { bundled, loadStageParts, longDrafts } from './engine.ts';

const { buildDocument, suggestHashtags, combinePrivacy, readability, rules, resolveSettings, PREMIUM_LIMIT, STANDARD_LIMIT, splitThread } = await loadStageParts();

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dev = readFileSync(resolve(root, '../shared/eval/dev.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const long = process.argv.includes('--long');
// Long: four different 25,000-character drafts in turn, so no stage answers from the last analysis
// of the same text (as bench.ts measures them).
const drafts = long ? longDrafts(dev, 4) : dev.filter((t) => t.length <= 280);
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(process.argv[roundsAt + 1]) : long ? 20 : 30;

const settings = resolveSettings({ specialty: ['oncology'], now: '2026-11-22T12:00:00Z', premium: long });
const limit = long ? PREMIUM_LIMIT : STANDARD_LIMIT;
const now = Date.parse('2026-11-22T12:00:00Z');
// Times by stage and draft; each draft's median over the rounds, so a GC pause or the other
// sessions' load does not land on whichever stage it happened in.
const times = new Map<string, number[][]>();
let current = 0;
const add = (k: string, t: number) => {
  let byDraft = times.get(k);
  if (!byDraft) times.set(k, (byDraft = drafts.map(() => [])));
  byDraft[current]!.push(t);
};

for (let round = 0; round < rounds + 3; round++) {
  const warm = round < 3;
  for (const [di, text] of drafts.entries()) {
    current = di;
    let t = performance.now();
    const doc = buildDocument(text, settings, now, limit);
    let u = performance.now();
    if (!warm) add('document', u - t);
    const results: RuleResult[] = [];
    for (const rule of rules) {
      t = performance.now();
      const raw = rule.check(doc);
      u = performance.now();
      if (!warm) add(rule.id, u - t);
      results.push({ rule, raw });
    }
    t = performance.now();
    combinePrivacy(doc, results);
    u = performance.now();
    if (!warm) add('privacy combine', u - t);
    t = performance.now();
    readability(doc);
    u = performance.now();
    if (!warm) add('readability', u - t);
    t = performance.now();
    suggestHashtags(doc, { privacyRisk: false });
    u = performance.now();
    if (!warm) add('hashtags', u - t);
    if (!doc.length.valid) {
      t = performance.now();
      splitThread(doc, limit);
      u = performance.now();
      if (!warm) add('thread', u - t);
    }
  }
}
const useMin = process.argv.includes('--min');
const median = (xs: number[]) => (useMin ? Math.min(...xs) : [...xs].sort((a, b) => a - b)[xs.length >> 1]) ?? 0;
// A stage that runs on some drafts only (the thread split) counts 0 on the others.
const rows = [...times]
  .map(([k, byDraft]) => [k, (byDraft.reduce((s, xs) => s + median(xs), 0) / drafts.length) * 1000] as const)
  .sort((a, b) => b[1] - a[1]);
const sum = rows.reduce((s, [, v]) => s + v, 0);
console.log(`${bundled ? 'bundled: ' : ''}${long ? '25,000-character draft' : `${drafts.length} short drafts`}, ${rounds} rounds: µs per draft (mean over drafts of each draft's ${useMin ? 'fastest round' : 'median'}), total ${sum.toFixed(0)}`);
for (const [k, v] of rows) if (v >= 0.5) console.log(`  ${k.padEnd(36)} ${v.toFixed(1)}`);
