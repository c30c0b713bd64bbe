import { readFileSync, writeFileSync } from 'node:fs';
const p = 'lib/engine/data/relatives.ts';
const s = readFileSync(p, 'utf8');
const start = s.indexOf('export const RELATIVE_WORDS: readonly string[] = [');
const end = s.indexOf('];', start);
const items = [...new Set([...s.slice(start, end).matchAll(/'([^']*)'/g)].map((m) => m[1]!))].sort((a, b) => a.localeCompare(b, 'en'));
const lines: string[] = [];
let cur = '  ';
for (const it of items) { const tok = `'${it}', `; if (cur.length + tok.length > 118) { lines.push(cur.trimEnd()); cur = '  '; } cur += tok; }
lines.push(cur.trimEnd());
writeFileSync(p, s.slice(0, start) + 'export const RELATIVE_WORDS: readonly string[] = [\n' + lines.join('\n') + '\n' + s.slice(end));
