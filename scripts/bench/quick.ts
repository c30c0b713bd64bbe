// Quick, steadier timings for comparing two versions of the engine on a loaded machine: the
// minimum over rounds (noise only ever adds time) of the short drafts' mean, four different
// 25,000-character drafts' mean and typing every prefix of a 280-character draft, each beside twitter-text's parseTweet.
// Usage: tsx scripts/bench/quick.ts [--bundled]  (--bundled: the engine as the extension ships it, see ./engine.ts)
import { readFileSync } from 'node:fs';
import twitterText from 'twitter-text';
import { bundled, loadEngine, longDrafts } from './engine.ts';
const { analyze } = await loadEngine();
const dev = readFileSync(new URL('../../../shared/eval/dev.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text as string);
const short = dev.filter((t) => t.length <= 280);
const settings = { specialty: ['oncology'], now: '2026-11-22T12:00:00Z' };
const joined = short.join(' ');
// Four different long drafts in turn, so no analysis starts from the last one of the same text.
const longs = longDrafts(short, 4);
const typing = joined.slice(0, 280);
const min = (f: () => void, n: number) => { let m = Infinity; for (let i = 0; i < n; i++) { const t = performance.now(); f(); m = Math.min(m, performance.now() - t); } return m; };
min(() => { for (const d of short) analyze(d, settings); }, 5);
const s = min(() => { for (const d of short) analyze(d, settings); }, 30) / short.length;
const p = min(() => { for (const d of short) twitterText.parseTweet(d); }, 30) / short.length;
const l = min(() => { for (const d of longs) analyze(d, { ...settings, premium: true }); }, 10) / longs.length;
const lp = min(() => { for (const d of longs) twitterText.parseTweet(d); }, 10) / longs.length;
const ty = min(() => { for (let i = 1; i <= typing.length; i++) analyze(typing.slice(0, i), settings); }, 10);
console.log(`${bundled ? 'bundled: ' : ''}short mean ${(s * 1000).toFixed(0)} µs (parseTweet ${(p * 1000).toFixed(1)} µs, ${(s / p).toFixed(1)}×)  long ${l.toFixed(1)} ms (${(l / lp).toFixed(1)}×)  typing ${ty.toFixed(1)} ms`);
