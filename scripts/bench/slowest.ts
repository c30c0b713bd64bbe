// The short drafts that take longest (median of 15 runs each), to find the costly shapes.
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/engine/index.ts';

const dev = readFileSync(new URL('../../../shared/eval/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text)
  .filter((t) => t.length <= 280);
const settings = { specialty: ['oncology'], now: '2026-11-22T12:00:00Z' };
for (let i = 0; i < 3; i++) for (const d of dev) analyze(d, settings);
const rows = dev.map((d) => {
  const ts: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    analyze(d, settings);
    ts.push(performance.now() - t0);
  }
  return { d, t: ts.sort((a, b) => a - b)[7]! };
});
rows.sort((a, b) => b.t - a.t);
const all = rows.map((r) => r.t).sort((a, b) => a - b);
console.log(`median ${all[all.length >> 1]!.toFixed(3)} ms, mean ${(all.reduce((a, b) => a + b, 0) / all.length).toFixed(3)} ms`);
for (const r of rows.slice(0, Number(process.argv[2] ?? 10))) console.log(`${r.t.toFixed(3)} ms  ${JSON.stringify(r.d.slice(0, 100))}`);
