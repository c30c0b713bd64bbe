import { buildDocument } from './lib/engine/document.ts';
import { candidates, type Kind } from './lib/engine/professionalism/candidates.ts';
import { score } from './lib/engine/professionalism/model.ts';
import { PROFESSIONALISM_MODEL } from './lib/engine/data/professionalism-model.ts';
import { resolveSettings, STANDARD_LIMIT } from './lib/engine/settings.ts';
const [kind, ...texts] = process.argv.slice(2);
for (const t of texts) {
  const doc = buildDocument(t, resolveSettings({}), 0, STANDARD_LIMIT);
  for (const c of candidates(doc, kind as Kind)) console.log(score(PROFESSIONALISM_MODEL.kinds[kind as Kind], c.features).toFixed(2), JSON.stringify(t.slice(c.start, c.end)), c.features.join(','));
}
