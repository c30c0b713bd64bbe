import { rule } from '../../lib/engine/rules/privacy/encounter-date.ts';
import { buildDocument } from '../../lib/engine/document.ts';
import { resolveSettings } from '../../lib/engine/settings.ts';
for (const t of process.argv.slice(2)) {
  const doc = buildDocument(t, resolveSettings({}), Date.parse('2026-11-22T12:00:00Z'), 280);
  console.log(t, JSON.stringify(rule.check(doc).map((f) => t.slice(f.start, f.end))));
}
