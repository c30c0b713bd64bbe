import { professionalismRules } from './lib/engine/rules/professionalism/index.ts';
import { runRule } from './tests/engine/run-rule.ts';
const texts = process.argv.slice(2);
for (const t of texts) {
  const out: string[] = [];
  for (const r of professionalismRules) for (const f of runRule(r, t)) out.push(`${r.id.split('/')[1]}: "${f.text}"${f.fix ? ` => "${f.fix.replacement}"` : ''}`);
  console.log(JSON.stringify(t), '\n   ', out.join('\n    ') || '(clean)');
}
