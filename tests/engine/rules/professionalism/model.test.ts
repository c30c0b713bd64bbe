// The shipped professionalism model is exactly what scripts/fit-professionalism.ts fits on the
// learning part of the labelled drafts (when they are on this machine), in the shipped format.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROFESSIONALISM_MODEL } from '../../../../lib/engine/data/professionalism-model.ts';
import { KINDS } from '../../../../lib/engine/professionalism/candidates.ts';
import { EVAL_DIR, outsideProfessionalismDrafts, professionalismLearningSet } from '../../../../scripts/eval/corpus.ts';
import { fitProfessionalism, MODEL_FILE, MODEL_VERSION, renderModel } from '../../../../scripts/fit-professionalism.ts';

describe('professionalism model', () => {
  it('has the fit script’s version, a bias and finite weights for every kind', () => {
    expect(PROFESSIONALISM_MODEL.version).toBe(MODEL_VERSION);
    for (const k of KINDS) {
      const m = PROFESSIONALISM_MODEL.kinds[k];
      expect(Number.isFinite(m.bias)).toBe(true);
      expect(Object.values(m.weights).every(Number.isFinite)).toBe(true);
    }
  });

  it('renders back to the shipped file', () => {
    expect(renderModel(PROFESSIONALISM_MODEL)).toBe(readFileSync(MODEL_FILE, 'utf8'));
  });

  it.skipIf(!existsSync(resolve(EVAL_DIR, 'professionalism-train.jsonl')))('is reproduced by re-running the fit', () => {
    expect(renderModel(fitProfessionalism(professionalismLearningSet(), outsideProfessionalismDrafts()))).toBe(readFileSync(MODEL_FILE, 'utf8'));
  }, 60_000);
});
