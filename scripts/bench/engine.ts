// The engine as a bench script measures it. By default, the TypeScript sources as tsx runs them:
// tsx compiles each module on its own into CommonJS, and every call of a function imported from
// another module goes through two property getters. The extension ships one bundle (one scope,
// direct calls), so with --bundled (or BENCH_BUNDLED=1) the bench measures one esbuild bundle of
// lib/engine/index.ts instead: the same code, called as the product calls it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type Engine = typeof import('../../lib/engine/index.ts');
type StageParts = typeof import('./stage-parts.ts');
type InPage = typeof import('../../lib/engine/in-page.ts');

export const bundled = process.argv.includes('--bundled') || process.env.BENCH_BUNDLED === '1';

const here = dirname(fileURLToPath(import.meta.url));

/** One esbuild bundle of a module and everything it imports, loaded. */
async function loadBundle(entry: string): Promise<unknown> {
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'warning' });
  const file = join(mkdtempSync(join(tmpdir(), 'engine-bench-')), 'bundle.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  return import(pathToFileURL(file).href);
}

/** The engine's entry point, bundled or from source (see above). */
export async function loadEngine(): Promise<Engine> {
  return bundled ? ((await loadBundle(resolve(here, '../../lib/engine/index.ts'))) as Engine) : import('../../lib/engine/index.ts');
}

/** What the coach on X runs in the page on every keystroke (privacy and length), bundled or from source. */
export async function loadInPage(): Promise<InPage> {
  const entry = resolve(here, '../../lib/engine/in-page.ts');
  return bundled ? ((await loadBundle(entry)) as InPage) : import('../../lib/engine/in-page.ts');
}

/** The stages that ./stages.ts times, bundled together or from source. */
export async function loadStageParts(): Promise<StageParts> {
  return bundled ? ((await loadBundle(resolve(here, 'stage-parts.ts'))) as StageParts) : import('./stage-parts.ts');
}

/**
 * `count` different 25,000-character drafts, each the texts in another order (rotated by seven),
 * repeated: timed in turn, no analysis starts from the last one of the same text, as for a pasted draft.
 */
export function longDrafts(texts: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, k) => {
    const order = [...texts.slice(k * 7), ...texts.slice(0, k * 7)].join(' ');
    return order.repeat(Math.ceil(25_000 / order.length)).slice(0, 25_000);
  });
}
