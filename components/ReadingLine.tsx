import { gradeMeaning, gradeTarget, targetAudience } from '../lib/engine/reading-words.ts';
import type { Settings, Stats } from '../lib/engine/types.ts';

export type ReadingSettings = Pick<Settings, 'patientFacing' | 'gradeTarget'>;

/** The draft's reading grade with what the number means and the target that applies. */
export function ReadingLine({ stats, settings }: { stats: Stats; settings: ReadingSettings }) {
  const target = gradeTarget(settings);
  if (stats.grade === null) return <div className="coach-grade" data-coach-grade="">Reading grade: too little text to measure yet.</div>;
  const over = stats.grade > target;
  return (
    <div className="coach-grade" data-coach-grade="" data-over={String(over)}>
      <strong>Reading grade {stats.grade.toFixed(1)}</strong>: {gradeMeaning(stats.grade)}.{' '}
      <span className="coach-muted">Target for {targetAudience(settings)}: {target} or below (a school grade: lower is easier).</span>
    </div>
  );
}
