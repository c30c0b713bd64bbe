import { fitDrafts, fitPrivacy } from '../fit-privacy.ts';
process.env.STOP_MISSES = '1';
const drafts = fitDrafts();
fitPrivacy(drafts);
const rows = (globalThis as { STOP_MISSES?: string[] }).STOP_MISSES ?? [];
for (const r of rows) {
  const [d, kind, score] = r.split(' ');
  const dr = drafts[Number(d)]!;
  console.log(`${kind} ${score} | ${dr.id} | ${dr.text.replace(/\s+/g, ' ').slice(0, 200)}`);
}
