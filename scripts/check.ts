// The engine's command line.
//   npm run check -- "draft text" [--settings '{"specialty":"oncology"}']   a readable report
//   npm run --silent check -- --json < drafts.jsonl                       one Analysis JSON per input line
import { createInterface } from 'node:readline';
import { analyze, validateSettings } from '../lib/engine/index.ts';
import type { Analysis, Settings } from '../lib/engine/types.ts';

const SEVERITY_MARK = { block: '✖ block', warn: '▲ warn ', info: '· info ' } as const;

function report(text: string, a: Analysis): string {
  const lines: string[] = [];
  lines.push(`Length: ${a.length.weighted}/${a.length.limit}${a.length.valid ? '' : '  (over the limit or empty)'}`);
  if (a.stats.grade !== null) lines.push(`Reading grade: ${a.stats.grade.toFixed(1)}`);
  lines.push('');
  if (!a.findings.length) lines.push('No findings.');
  for (const f of a.findings) {
    const flagged = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const shown = flagged.length > 60 ? `${flagged.slice(0, 57)}…` : flagged;
    lines.push(`${SEVERITY_MARK[f.severity]}  ${f.category.padEnd(15)} "${shown}"  ${f.message}  [${f.rule}]`);
    if (f.fix) lines.push(`${' '.repeat(26)}fix: ${f.fix.replacement === '' ? '(remove)' : `"${f.fix.replacement}"`}`);
  }
  if (a.stats.thread.length) {
    lines.push('', 'Suggested thread:');
    for (const p of a.stats.thread) lines.push(`  ${p}`);
  }
  lines.push('', a.hashtags.length ? `Hashtags: ${a.hashtags.map((s) => `${s.tag} (${s.score.toFixed(2)}: ${s.reason})`).join(', ')}` : 'Hashtags: none suggested');
  if (a.stats.chatReminder) lines.push(a.stats.chatReminder);
  return lines.join('\n');
}

function parseLine(line: string): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ error: `invalid JSON: ${(e as Error).message}` });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return JSON.stringify({ error: 'expected an object like {"text": "...", "settings": {...}}' });
  const { text, settings } = input as { text?: unknown; settings?: unknown };
  if (typeof text !== 'string') return JSON.stringify({ error: '"text" must be a string' });
  const v = validateSettings(settings);
  if (v.errors.length) return JSON.stringify({ error: `invalid settings: ${v.errors.join('; ')}` });
  return JSON.stringify(analyze(text, v.settings));
}

async function jsonLines(): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    process.stdout.write(`${parseLine(line)}\n`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--json')) {
    void jsonLines();
    return;
  }
  let settings: Partial<Settings> = {};
  const si = args.indexOf('--settings');
  if (si >= 0) {
    const v = validateSettings(JSON.parse(args[si + 1] ?? '{}'));
    for (const e of v.errors) console.error(`settings: ${e}`);
    settings = v.settings;
    args.splice(si, 2);
  }
  const text = args.join(' ');
  if (!text) {
    console.error('usage: npm run check -- "draft text"   |   npm run --silent check -- --json < drafts.jsonl');
    process.exitCode = 2;
    return;
  }
  console.log(report(text, analyze(text, settings)));
}

main();
