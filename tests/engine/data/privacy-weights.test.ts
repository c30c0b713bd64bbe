// The shipped privacy weights are what scripts/fit-privacy.ts produces from the labelled drafts and
// the outside drafts, for the features the engine computes today.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRIVACY_MODEL } from '../../../lib/engine/data/privacy-weights.ts';
import { FEATURES_VERSION } from '../../../lib/engine/privacy/model.ts';
import { EVAL_DIR } from '../../../scripts/eval/corpus.ts';
import { fitDrafts, fitPrivacy, weightsFile, WEIGHTS_PATH } from '../../../scripts/fit-privacy.ts';

describe('privacy weights', () => {
  it('match the features version and keep the thresholds in order', () => {
    expect(PRIVACY_MODEL.version).toBe(FEATURES_VERSION);
    expect(PRIVACY_MODEL.along).toBeLessThanOrEqual(PRIVACY_MODEL.warn);
    expect(PRIVACY_MODEL.warn).toBeLessThanOrEqual(PRIVACY_MODEL.block);
    expect(Object.values(PRIVACY_MODEL.weights).every(Number.isFinite)).toBe(true);
  });

  // The final fit only, with the shipped L2 strength and thresholds (the full script also picks
  // those on cross-validation under three fold assignments, which takes minutes). About two minutes
  // even so: three fold assignments' candidates of 7,700 drafts.
  it('are the weights the fitting script writes (re-run: npx tsx scripts/fit-privacy.ts)', { timeout: 300_000 }, () => {
    if (!existsSync(`${EVAL_DIR}/train.jsonl`)) return; // the labelled drafts live outside the project
    const { lambda, block, warn, along } = PRIVACY_MODEL;
    expect(weightsFile(fitPrivacy(fitDrafts(), undefined, { lambda, block, warn, along, stop: PRIVACY_MODEL.stop.threshold, flag: PRIVACY_MODEL.stop.flag }))).toBe(readFileSync(WEIGHTS_PATH, 'utf8'));
  });
});
