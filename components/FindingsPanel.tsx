import type { Analysis, Finding } from '../lib/engine/types.ts';
import { FindingCard } from './FindingCard.tsx';
import { HashtagChip } from './HashtagChip.tsx';
import { LengthMeter } from './LengthMeter.tsx';

export interface FindingsPanelProps {
  analysis: Analysis;
  text: string;
  overflowText?: string;
  onFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding) => void;
  onIgnore?: (term: string, finding: Finding) => void;
  onInsertHashtag?: (tag: string) => void;
}

/** Every finding, the readability grade, the length, a thread split and hashtag chips. */
export function FindingsPanel({ analysis, text, overflowText, onFix, onDismiss, onIgnore, onInsertHashtag }: FindingsPanelProps) {
  return (
    <section className="coach-panel" aria-label="Post coach">
      <LengthMeter length={analysis.length} overflowText={overflowText} />
      <div className="coach-grade">Reading grade: {analysis.stats.grade === null ? '—' : analysis.stats.grade.toFixed(1)}</div>
      {analysis.findings.length === 0 ? <p>No findings.</p> : (
        <ul className="coach-findings">
          {analysis.findings.map((f) => (
            <li key={`${f.rule}:${f.start}:${f.end}`}>
              <FindingCard finding={f} text={text} onFix={onFix} onDismiss={onDismiss} onIgnore={onIgnore} />
            </li>
          ))}
        </ul>
      )}
      {analysis.stats.thread.length > 0 && (
        <ol className="coach-thread" aria-label="Suggested thread">
          {analysis.stats.thread.map((p, i) => <li key={i}>{p}</li>)}
        </ol>
      )}
      {analysis.hashtags.length > 0 && onInsertHashtag && (
        <div className="coach-hashtags">
          {analysis.hashtags.map((s) => <HashtagChip key={s.tag} suggestion={s} onInsert={onInsertHashtag} />)}
        </div>
      )}
    </section>
  );
}
