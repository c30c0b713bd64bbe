// Scores the engine on the labelled drafts in ../shared/eval, side by side:
// the learning part of train.jsonl, its holdout part (aggregate only) and dev.jsonl for privacy
// and hashtags; the learning and holdout parts of professionalism-train.jsonl.
// A holdout more than 3 points below the learning part means a change learned lines, not the task.
// The shipped models were fitted on the learning part, so its first column is in-sample; the
// "learn cross-val." column scores each learning draft with models fitted without it (5 folds,
// the shipped settings), and is the one to hold the holdout against.
//
// Usage: npm run eval                 the table
//        npm run eval -- --misses     also every miss of the learning part and dev (never the holdout's)
//        npm run eval -- set.jsonl    scores one privacy-format file and lists its misses
//        npm run eval -- --cv         also the fits' cross-validated scores (about a minute): the shipped
//                                     models have seen the learning part, so its column above is
//                                     in-sample; these are the figures to set beside the holdout
import { resolve } from 'node:path';
import { analyze } from '../lib/engine/index.ts';
import type { Analysis } from '../lib/engine/types.ts';
import { outsideProfessionalismDrafts, privacyLearningSet, readJsonl, split, type PrivacyDraft, type ProfessionalismDraft } from './eval/corpus.ts';
import { scoreHashtags } from './eval/hashtags.ts';
import { scoreDecisions, scorePrivacy } from './eval/privacy.ts';
import { crossValidatedDecisions, fitDrafts, fitPrivacy } from './fit-privacy.ts';
import { crossValidate, HYPER } from './fit-hashtags.ts';
import { crossValidatedFindings } from './fit-professionalism.ts';
import { PRIVACY_MODEL } from '../lib/engine/data/privacy-weights.ts';
import { KINDS, scoreProfessionalism } from './eval/professionalism.ts';

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const file = args.find((a) => !a.startsWith('--'));

const run = (drafts: Array<{ text: string; specialty?: string }>): Analysis[] =>
  drafts.map((d) => analyze(d.text, d.specialty ? { specialty: [d.specialty] } : {}));
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(title: string, columns: string[], rows: Array<[string, ...string[]]>): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(`  ${''.padEnd(width)}  ${columns.map((c) => c.padStart(20)).join('')}`);
  for (const [name, ...cells] of rows) console.log(`  ${name.padEnd(width)}  ${cells.map((c) => c.padStart(20)).join('')}`);
}

if (file) {
  const drafts = readJsonl<PrivacyDraft>(resolve(file));
  const misses: string[] = [];
  const analyses = run(drafts);
  const p = scorePrivacy(drafts, analyses, misses);
  const h = scoreHashtags(drafts, analyses, misses);
  if (!args.includes('--quiet')) for (const m of misses) console.log(m);
  console.log(`\n${drafts.length} drafts from ${file}`);
  console.log(`privacy  draft recall ${f3(p.recall)}  precision ${f3(p.precision)}  span recall ${f3(p.spanRecall)}  clean stopped ${pct(p.cleanStopped)}  risky stopped ${pct(p.riskyStopped)}`);
  console.log(`hashtags hit@3 ${f3(h.hit3)}  noise ${f3(h.noise)}`);
} else {
  const train = split(readJsonl<PrivacyDraft>('train.jsonl'));
  const dev = readJsonl<PrivacyDraft>('dev.jsonl');
  const prof = split(readJsonl<ProfessionalismDraft>('professionalism-train.jsonl'));
  const misses: string[] = [];
  const sets = [
    { name: `train learn (${train.learn.length})`, drafts: train.learn, misses },
    { name: `train holdout (${train.holdout.length})`, drafts: train.holdout, misses: undefined },
    { name: `dev (${dev.length})`, drafts: dev, misses },
  ];
  const scored = sets.map((s) => {
    const a = run(s.drafts);
    return { p: scorePrivacy(s.drafts, a, s.misses), h: scoreHashtags(s.drafts, a, s.misses) };
  });
  // The learning part again, each draft scored by models fitted without it (5 folds, the shipped
  // settings): the shipped models have seen every learning draft, so the first column is in-sample
  // and this one is what to hold the holdout against.
  const learnIds = new Set(train.learn.map((d) => d.id));
  const privacyDrafts = fitDrafts();
  const decisions = crossValidatedDecisions(privacyDrafts, PRIVACY_MODEL);
  const inLearn = privacyDrafts.map((d) => learnIds.has(d.id));
  const cvPrivacy = scoreDecisions(privacyDrafts.filter((_, i) => inLearn[i]), decisions.filter((_, i) => inLearn[i]));
  const cvTags = crossValidate(privacyLearningSet(), HYPER, undefined, (d) => learnIds.has(d.id));
  sets.splice(1, 0, { name: 'learn cross-val.', drafts: [], misses: undefined });
  scored.splice(1, 0, { p: cvPrivacy, h: { hit3: cvTags.hit3, noise: cvTags.noise } });
  const profMisses: string[] = [];
  const profScored = [
    scoreProfessionalism(prof.learn, run(prof.learn), profMisses),
    scoreProfessionalism(prof.learn, crossValidatedFindings(prof.learn, outsideProfessionalismDrafts()).map((findings) => ({ findings }) as Analysis)),
    scoreProfessionalism(prof.holdout, run(prof.holdout)),
  ];
  if (showMisses) for (const m of [...misses, ...profMisses]) console.log(m);
  const cols = sets.map((s) => s.name);
  table('privacy', cols, [
    ['draft recall', ...scored.map((s) => f3(s.p.recall))],
    ['draft precision', ...scored.map((s) => f3(s.p.precision))],
    ['span recall', ...scored.map((s) => f3(s.p.spanRecall))],
    ['clean drafts stopped', ...scored.map((s) => pct(s.p.cleanStopped))],
    ['risky drafts stopped', ...scored.map((s) => pct(s.p.riskyStopped))],
  ]);
  table('hashtags', cols, [
    ['hit@3', ...scored.map((s) => f3(s.h.hit3))],
    ['noise', ...scored.map((s) => f3(s.h.noise))],
  ]);
  // Nagging: clean drafts of the privacy sets (train, all of it, and dev) with a professionalism warning.
  const clean = [...train.learn, ...train.holdout, ...dev].filter((d) => !d.risky);
  const nagged = run(clean).filter((a) => a.findings.some((f) => f.category === 'professionalism' && f.severity !== 'info')).length;
  // Cross-validation refits the weights only: the word lists were written from the learning part,
  // so a gap between it and the holdout is the lists' (words the holdout uses that they lack).
  table('professionalism', [`learn (${prof.learn.length})`, 'learn cross-val.', `holdout (${prof.holdout.length})`], [
    ['draft recall', ...profScored.map((s) => f3(s.recall))],
    ['draft precision', ...profScored.map((s) => f3(s.precision))],
    ['span recall', ...profScored.map((s) => f3(s.spanRecall))],
    ...KINDS.map((k): [string, ...string[]] => [`  ${k} spans`, ...profScored.map((s) => `${s.byKind[k]!.hit}/${s.byKind[k]!.total}`)]),
  ]);
  console.log(`  clean privacy-set drafts warned: ${nagged}/${clean.length} (${pct(nagged / Math.max(1, clean.length))})`);
  if (args.includes('--cv')) {
    console.log('\ncross-validated (each draft scored by models fitted without it)');
    const lines: string[] = [];
    fitPrivacy(privacyDrafts, (l) => lines.push(l));
    for (const l of lines) if (/over \d fold assignments|^stop model/.test(l)) console.log(`  privacy: ${l.replace(/^lambda [\d.]+; thresholds [^;]*; /, '')}`);
    const h = crossValidate(privacyLearningSet(), HYPER);
    console.log(`  hashtags (learning part and dev, 5 folds): hit@3 ${f3(h.hit3)}, noise ${f3(h.noise)}`);
  }
}
