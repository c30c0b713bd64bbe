// The parts of an analysis, from one module: scripts/bench/stages.ts times them one by one (bundled
// together as the extension ships them, see ./engine.ts), and the property test calls each without analyze's safety net.
export { buildDocument } from '../../lib/engine/document.ts';
export { suggestHashtags } from '../../lib/engine/hashtags/suggest.ts';
export { combinePrivacy } from '../../lib/engine/privacy/combine.ts';
export { readability } from '../../lib/engine/readability.ts';
export { rules } from '../../lib/engine/rules/index.ts';
export { resolveSettings, PREMIUM_LIMIT, STANDARD_LIMIT } from '../../lib/engine/settings.ts';
export { splitThread } from '../../lib/engine/thread.ts';
