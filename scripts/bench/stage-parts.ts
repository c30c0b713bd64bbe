// The parts of an analysis that scripts/bench/stages.ts times one by one, from one module, so that
// they can be bundled together as the extension ships them (see ./engine.ts).
export { buildDocument } from '../../lib/engine/document.ts';
export { suggestHashtags } from '../../lib/engine/hashtags/suggest.ts';
export { combinePrivacy } from '../../lib/engine/privacy/combine.ts';
export { readability } from '../../lib/engine/readability.ts';
export { rules } from '../../lib/engine/rules/index.ts';
export { resolveSettings, PREMIUM_LIMIT, STANDARD_LIMIT } from '../../lib/engine/settings.ts';
export { splitThread } from '../../lib/engine/thread.ts';
