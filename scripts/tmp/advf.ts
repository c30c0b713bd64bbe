import { buildDocument } from '../../lib/engine/document.ts';
import { candidates } from '../../lib/engine/professionalism/candidates.ts';
import { resolveSettings } from '../../lib/engine/settings.ts';
for (const t of process.argv.slice(2)) {
  const doc = buildDocument(t, resolveSettings({}), Date.now(), 280);
  const c = candidates(doc, 'advice');
  console.log(t);
  for (const x of c) console.log('   ', JSON.stringify(t.slice(x.start, x.end)), x.features.join(' '));
}
