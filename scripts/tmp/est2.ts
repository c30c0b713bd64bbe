import { gzipSync } from 'node:zlib';
import * as occ from '../../lib/engine/data/occupations.ts';
import * as rare from '../../lib/engine/data/rare-conditions.ts';
import * as epo from '../../lib/engine/data/eponyms.ts';
import * as hist from '../../lib/engine/data/historical-physicians.ts';
const front = (ws: readonly string[]) => { const s=[...new Set(ws)].sort(); let prev=''; return s.map(w=>{let n=0; while(n<9&&n<prev.length&&n<w.length&&prev[n]===w[n])n++; prev=w; return `${n}${w.slice(n)}`;}).join('|'); };
for (const mod of [occ, rare, epo, hist]) for (const [name, ws] of Object.entries(mod)) {
  if (!Array.isArray(ws) || typeof ws[0] !== 'string') { console.log(name, 'not a string list'); continue; }
  const sorted = [...ws].sort().join() === [...ws].join();
  console.log(name, ws.length, 'sorted', sorted, 'array', gzipSync(JSON.stringify(ws), { level: 9 }).length, 'front', gzipSync(front(ws as string[]), { level: 9 }).length);
}
