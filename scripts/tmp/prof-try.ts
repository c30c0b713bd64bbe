import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/engine/index.ts';
const lines = process.argv.slice(2).length ? process.argv.slice(2) : readFileSync(0, 'utf8').split('\n').filter(Boolean);
for (const t of lines) {
  const r = analyze(t, { now: '2026-11-22T12:00:00Z' });
  const f = r.findings.filter((x: any) => x.category === 'professionalism' && x.severity !== 'info').map((x: any) => `${x.rule.split('/')[1]}:"${t.slice(x.start, x.end)}"`);
  console.log(f.length ? 'HIT ' : 'MISS', t.slice(0, 90), f.join(' '));
}
