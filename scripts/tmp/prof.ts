import { readFileSync } from 'node:fs';
import { loadEngine } from '../bench/engine.ts';
const { analyze } = await loadEngine();
const dev = readFileSync(new URL('../../../shared/eval/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const short = dev.filter((t) => t.length <= 280);
const settings = { specialty: ['oncology'], now: '2026-11-22T12:00:00Z' };
const t0 = performance.now();
for (let r = 0; r < 150; r++) for (const d of short) analyze(d, settings);
console.log((performance.now() - t0) / 150 / short.length * 1000, 'µs');
