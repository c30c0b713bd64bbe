// Fits how the professionalism cues weigh against each other: one logistic regression per kind
// over the cue classes of the rules' candidates (lib/engine/professionalism/candidates.ts), on the
// learning part of ../shared/eval/professionalism-train.jsonl (never its holdout). A candidate is positive when it
// overlaps a labelled span of its kind. The drafts other writers wrote for the project
// (data/outside-drafts/professionalism-*.jsonl) count OUTSIDE_PROFESSIONALISM_WEIGHT each. Full-batch
// gradient descent from zero, features in sorted order: the same data always gives the same
// weights, which are rounded to two decimals.
//
// Usage: npx tsx scripts/fit-professionalism.ts   rewrites lib/engine/data/professionalism-model.ts
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocument } from '../lib/engine/document.ts';
import { candidates, KINDS, type Kind } from '../lib/engine/professionalism/candidates.ts';
import { score, type KindModel } from '../lib/engine/professionalism/model.ts';
import { resolveSettings, STANDARD_LIMIT } from '../lib/engine/settings.ts';
import type { Finding } from '../lib/engine/types.ts';
import { fnv1a, OUTSIDE_PROFESSIONALISM_WEIGHT, type ProfessionalismDraft } from './eval/corpus.ts';

export const MODEL_VERSION = 1;
const EPOCHS = 3000;
const RATE = 0.5;
const L2 = 0.002;
/** A class seen on fewer candidates than this (an outside draft's counting its weight) gets no weight of its own (it would learn lines). */
const MIN_COUNT = 3;
/** The settings every draft is read with: the defaults, on a fixed clock. */
const SETTINGS = resolveSettings({ now: '2026-01-01T00:00:00Z' });

export interface FittedModel {
  version: number;
  kinds: Record<Kind, KindModel>;
}

interface Example { x: number[]; y: number; weight: number }
interface Labelled { features: string[]; y: number; weight: number }

function fitKind(examples: Labelled[]): KindModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + e.weight);
  const names = [...counts.keys()].filter((f) => counts.get(f)! >= MIN_COUNT).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const data: Example[] = examples.map((e) => ({ x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined), y: e.y, weight: e.weight }));
  const w = new Array<number>(names.length).fill(0);
  let b = 0;
  const n = Math.max(1, data.reduce((a, e) => a + e.weight, 0));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const g = new Array<number>(names.length).fill(0);
    let gb = 0;
    for (const e of data) {
      let z = b;
      for (const i of e.x) z += w[i]!;
      const err = (1 / (1 + Math.exp(-z)) - e.y) * e.weight;
      gb += err;
      for (const i of e.x) g[i]! += err;
    }
    b -= (RATE * gb) / n;
    for (let i = 0; i < w.length; i++) w[i]! -= RATE * (g[i]! / n + L2 * w[i]!);
  }
  const round = (v: number) => Math.round(v * 100) / 100;
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = round(w[i]!);
    if (v !== 0) weights[name] = v;
  });
  return { bias: round(b), weights };
}

/** Pure: the model fitted on these drafts, and on the outside drafts at their weight. */
export function fitProfessionalism(drafts: readonly ProfessionalismDraft[], outside: readonly ProfessionalismDraft[] = []): FittedModel {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, [] as Labelled[]])) as Record<Kind, Labelled[]>;
  const all = [...drafts.map((d) => ({ d, weight: 1 })), ...outside.map((d) => ({ d, weight: OUTSIDE_PROFESSIONALISM_WEIGHT }))];
  for (const { d, weight } of all) {
    const doc = buildDocument(d.text, SETTINGS, 0, STANDARD_LIMIT);
    const spans = d.issues
      .map((i) => ({ kind: i.kind, start: d.text.indexOf(i.span), len: i.span.length }))
      .filter((s) => s.start >= 0);
    for (const kind of KINDS) {
      for (const c of candidates(doc, kind)) {
        const y = spans.some((s) => s.kind === kind && c.start < s.start + s.len && c.end > s.start) ? 1 : 0;
        byKind[kind].push({ features: c.features, y, weight });
      }
    }
  }
  return { version: MODEL_VERSION, kinds: Object.fromEntries(KINDS.map((k) => [k, fitKind(byKind[k])])) as Record<Kind, KindModel> };
}

/**
 * Each draft's professionalism findings from models fitted without it (5 folds by a hash of the
 * id): the candidates of each kind that its fold's model scores above zero, as warnings. What
 * `npm run eval` sets beside the holdout (the shipped model has seen every learning draft). The
 * companions a rule adds beside a kept candidate are left out: they change no draft's flag.
 */
export function crossValidatedFindings(drafts: readonly ProfessionalismDraft[], outside: readonly ProfessionalismDraft[] = []): Finding[][] {
  const FOLDS = 5;
  const fold = (id: string) => (fnv1a(`${id}cv`) >>> 3) % FOLDS;
  const out: Finding[][] = drafts.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const model = fitProfessionalism(drafts.filter((d) => fold(d.id) !== k), outside);
    drafts.forEach((d, i) => {
      if (fold(d.id) !== k) return;
      const doc = buildDocument(d.text, SETTINGS, 0, STANDARD_LIMIT);
      for (const kind of KINDS)
        for (const c of candidates(doc, kind))
          if (score(model.kinds[kind], c.features) > 0)
            out[i]!.push({ rule: `professionalism/${kind}`, category: 'professionalism', severity: 'warn', start: c.start, end: c.end, message: '' });
    });
  }
  return out;
}

/** The typed data file the engine ships. */
export function renderModel(model: FittedModel): string {
  const kind = (k: Kind) => {
    const m = model.kinds[k];
    const ws = Object.entries(m.weights).map(([f, v]) => `'${f}': ${v}`).join(', ');
    return `    ${k}: { bias: ${m.bias}, weights: { ${ws} } },`;
  };
  return [
    '// Generated by scripts/fit-professionalism.ts from the learning part of',
    '// ../shared/eval/professionalism-train.jsonl and data/outside-drafts. Do not edit by hand: re-run the script.',
    "import type { KindModel } from '../professionalism/model.ts';",
    '',
    "export const PROFESSIONALISM_MODEL: { version: number; kinds: Record<'advice' | 'stigma' | 'profanity' | 'claim' | 'promotion', KindModel> } = {",
    `  version: ${model.version},`,
    '  kinds: {',
    ...KINDS.map(kind),
    '  },',
    '};',
    '',
  ].join('\n');
}

export const MODEL_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '../lib/engine/data/professionalism-model.ts');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outsideProfessionalismDrafts, professionalismLearningSet } = await import('./eval/corpus.ts');
  const model = fitProfessionalism(professionalismLearningSet(), outsideProfessionalismDrafts());
  writeFileSync(MODEL_FILE, renderModel(model));
  for (const k of KINDS) console.log(k, model.kinds[k].bias, Object.keys(model.kinds[k].weights).length, 'weights');
}
