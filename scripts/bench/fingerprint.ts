// A hash of every analysis the engine gives on a fixed set of inputs, so a change made for speed
// can be shown to change no result: the labelled drafts (../shared/eval), twitter-text's
// conformance texts, the bench's adversarial inputs, short repeats of the search's patterns, and
// every prefix of a typed draft, each with and without Premium.
// Usage: tsx scripts/bench/fingerprint.ts [--dump file.jsonl]  (the dump lets two runs be diffed)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { analyze } from '../../lib/engine/index.ts';
import { patterns, repeatTo } from './search.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');

function drafts(file: string): string[] {
  return readFileSync(resolve(shared, 'eval', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Every string under a `text` key of twitter-text's conformance YAML. */
function conformanceTexts(file: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'text' && typeof x === 'string') out.push(x);
        else walk(x);
      }
    }
  };
  walk(load(readFileSync(resolve(shared, 'conformance', file), 'utf8')));
  return out;
}

const labelled = [...drafts('dev.jsonl'), ...drafts('train.jsonl'), ...drafts('professionalism-train.jsonl')];
const conformance = [...conformanceTexts('twitter-text-validate.yml'), ...conformanceTexts('twitter-text-extract.yml')];
const adversarial = [
  '1', '.', 'a.', '@', '#', ' ', '\u200d', 'Mrs. ', '1/', 'Aa ', '👩🏽‍⚕️', '@a ', 'room 1 ', 'f*', "O'", 'A-A', "D'", '-W', 'a.😀', '日😀#',
].map((p) => repeatTo(p, 25_000));
const short = patterns().flatMap((p) => [repeatTo(p, 150), repeatTo(p, 600)]);
const joined = drafts('dev.jsonl').join(' ');
const long = joined.repeat(Math.ceil(25_000 / joined.length)).slice(0, 25_000);
const typing = joined.slice(0, 280);
const prefixes = Array.from({ length: typing.length }, (_, i) => typing.slice(0, i + 1));

const inputs = [...labelled, ...conformance, ...adversarial, ...short, long, ...prefixes, ''];
const settings = [
  { specialty: ['oncology'], now: '2026-11-22T12:00:00Z' },
  { premium: true, now: '2026-11-22T12:00:00Z' },
];

const dumpAt = process.argv.indexOf('--dump');
const dump: string[] = [];
const hash = createHash('sha256');
const t0 = performance.now();
for (const text of inputs) {
  for (const s of settings) {
    const line = JSON.stringify(analyze(text, s));
    hash.update(line).update('\n');
    if (dumpAt >= 0) dump.push(line);
  }
}
if (dumpAt >= 0) writeFileSync(process.argv[dumpAt + 1]!, dump.join('\n') + '\n');
console.log(`${inputs.length} inputs × ${settings.length} settings in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`fingerprint ${hash.digest('hex')}`);
