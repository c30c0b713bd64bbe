// What the built extension weighs: the gzipped size of every built script, and what the content
// script is made of, grouped by package or project folder (word lists one by one), so size work
// starts from numbers. Builds the Chrome production bundle (.output/chrome-mv3; Firefox's scripts
// are the same code) with a plugin that records each chunk's modules.
//
//   npm run size               tables for the terminal
//   npm run size -- --markdown the same as Markdown (the README's table)
import { transformSync } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'wxt';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, '.output/chrome-mv3');
const CONTENT_SCRIPT = 'content-scripts/x-coach.js';
/** Issue 12's goal for the content script, gzipped. */
const GOAL_KB = 150;
const markdown = process.argv.includes('--markdown');

interface ModuleCode {
  id: string;
  code: string;
}
const chunks = new Map<string, ModuleCode[]>();

const recordModules = {
  name: 'record-modules',
  generateBundle(_options: unknown, bundle: Record<string, { type: string; modules?: Record<string, { code: string | null }> }>) {
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.modules) continue;
      chunks.set(fileName, Object.entries(chunk.modules).map(([id, m]) => ({ id, code: m.code ?? '' })));
    }
  },
};

const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A module's code as the minifier would leave it (the chunk is minified as a whole). */
function minified(code: string): string {
  try {
    return transformSync(code, { loader: 'js', minify: true, legalComments: 'none' }).code;
  } catch {
    return code;
  }
}

/** npm package for dependencies; each engine module on its own; other project files by folder. */
function group(id: string): string {
  const path = relative(ROOT, id.replace(/^\0/, ''));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  if (path.startsWith('lib/engine/')) return path.replace(/\.ts$/, '');
  const dir = path.split('/').slice(0, path.startsWith('lib/') ? 2 : 1).join('/');
  return dir.includes('.') || !dir ? '(bundler runtime)' : dir;
}

function table(head: string[], rows: string[][]): string {
  if (markdown) return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

await build({ root: ROOT, vite: () => ({ plugins: [recordModules] }) });

const scripts = files(OUT).filter((f) => f.endsWith('.js'));
const entryRows = scripts
  .map((f) => ({ name: relative(OUT, f).replace(/-[\w-]{8}\.js$/, '.js'), text: readFileSync(f) }))
  .sort((a, b) => b.text.length - a.text.length)
  .map(({ name, text }) => [name, kb(text.length), kb(gzip(text))]);
console.log(markdown ? '' : 'Built scripts (.output/chrome-mv3), KB');
console.log(table(['script', 'minified', 'gzipped'], entryRows));

const modules = chunks.get(CONTENT_SCRIPT) ?? [];
const groups = new Map<string, string[]>();
for (const m of modules) {
  const g = group(m.id);
  groups.set(g, [...(groups.get(g) ?? []), minified(m.code)]);
}
// A part gzipped alone overstates what it costs inside the bundle (gzip finds repeats across parts);
// "left out" is what the concatenated parts lose, gzipped, without it: its marginal cost.
const all = [...groups.values()].flat();
const allGz = gzip(all.join('\n'));
const groupRows = [...groups]
  .map(([name, codes]) => ({
    name,
    min: codes.join('').length,
    gz: gzip(codes.join('\n')),
    marginal: allGz - gzip([...groups].filter(([other]) => other !== name).flatMap(([, c]) => c).join('\n')),
    n: codes.length,
  }))
  .sort((a, b) => b.marginal - a.marginal);
const total = gzip(readFileSync(join(OUT, CONTENT_SCRIPT)));
console.log(markdown ? '' : `\nContent script (${CONTENT_SCRIPT}) by part, KB: gzipped alone, and what leaving it out saves`);
console.log(
  table(
    ['part', 'modules', 'minified', 'gzipped alone', 'left out'],
    groupRows.slice(0, markdown ? 20 : 40).map((g) => [g.name, String(g.n), kb(g.min), kb(g.gz), kb(g.marginal)]),
  ),
);
const over = total / 1024 - GOAL_KB;
console.log(`\ncontent script: ${kb(total)} KB gzipped; goal ${GOAL_KB} KB: ${over > 0 ? `${over.toFixed(1)} KB over` : 'met'}`);
