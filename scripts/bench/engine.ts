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

export const bundled = process.argv.includes('--bundled') || process.env.BENCH_BUNDLED === '1';

const entry = resolve(dirname(fileURLToPath(import.meta.url)), '../../lib/engine/index.ts');

/** The engine's entry point, bundled or from source (see above). */
export async function loadEngine(): Promise<Engine> {
  if (!bundled) return import('../../lib/engine/index.ts');
  const out = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'neutral', mainFields: ['module', 'main'], write: false, logLevel: 'warning' });
  const file = join(mkdtempSync(join(tmpdir(), 'engine-bench-')), 'engine.mjs');
  writeFileSync(file, out.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as Engine;
}
