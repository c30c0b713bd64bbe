import { gzipSync } from 'node:zlib';
import { BIG_CITIES, COUNTRIES, US_STATES } from '../../lib/engine/data/places.ts';
const front = (ws: readonly string[]) => { const s=[...new Set(ws)].sort(); let prev=''; return s.map(w=>{let n=0; while(n<9&&n<prev.length&&n<w.length&&prev[n]===w[n])n++; prev=w; return `${n}${w.slice(n)}`;}).join('|'); };
for (const [name, ws] of [['cities', BIG_CITIES], ['states', US_STATES], ['countries', COUNTRIES]] as const) {
  const arr = JSON.stringify(ws);
  const plain = ws.join('|');
  console.log(name, 'array', gzipSync(arr, { level: 9 }).length, 'joined', gzipSync(plain, { level: 9 }).length, 'front', gzipSync(front(ws), { level: 9 }).length);
}
