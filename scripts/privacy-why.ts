// Shows how the privacy model weighed each candidate of a draft: rule, span, probability, severity
// and the features that fired with their weights. For developing rules and features:
//   npx tsx scripts/privacy-why.ts "Saw Mrs. Jane Hollis, 94, in room 412"
import { buildDocument } from '../lib/engine/document.ts';
import { PRIVACY_MODEL } from '../lib/engine/data/privacy-weights.ts';
import { weighPrivacy } from '../lib/engine/privacy/combine.ts';
import { featureNames } from '../lib/engine/privacy/features.ts';
import { rules } from '../lib/engine/rules/index.ts';
import { resolveSettings, STANDARD_LIMIT } from '../lib/engine/settings.ts';
import type { RuleResult } from '../lib/engine/types.ts';

for (const text of process.argv.slice(2)) {
  const settings = resolveSettings({});
  const doc = buildDocument(text, settings, Date.now(), STANDARD_LIMIT);
  const results: RuleResult[] = rules.filter((r) => r.category === 'privacy').map((rule) => ({ rule, raw: rule.check(doc) }));
  console.log(text);
  for (const w of weighPrivacy(doc, results)) {
    const { rule, raw } = w.candidate;
    const feats = featureNames(w.candidate)
      .map((f) => [f, PRIVACY_MODEL.weights[f] ?? 0] as const)
      .filter(([, v]) => v !== 0)
      .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
      .map(([f, v]) => `${f} ${v > 0 ? '+' : ''}${v}`);
    console.log(`  ${rule.id} "${text.slice(raw.start, raw.end)}" p=${w.p.toFixed(2)} ${w.severity}${raw.floor ? ` floor=${raw.floor}` : ''}`);
    console.log(`    ${feats.join(', ')}`);
  }
}
