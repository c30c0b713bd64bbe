import type { Analysis, Finding } from '../lib/engine/types.ts';
import { holdsBackHashtags, isReadingFinding } from '../lib/findings.ts';
import { FindingCard } from './FindingCard.tsx';
import { HashtagChip } from './HashtagChip.tsx';
import { LengthMeter } from './LengthMeter.tsx';
import { ReadingLine, type ReadingSettings } from './ReadingLine.tsx';

export interface FindingsPanelProps {
  analysis: Analysis;
  text: string;
  /** Only these findings are listed (reveal mode); all of the analysis's by default. */
  shown?: Finding[];
  overflowText?: string;
  /** The author's reading target; without it the target for posts to colleagues applies. */
  reading?: ReadingSettings;
  onFix?: (finding: Finding) => void;
  onDismiss?: (finding: Finding) => void;
  onIgnore?: (term: string, finding: Finding) => void;
  onInsertHashtag?: (tag: string) => void;
}

const COLLEAGUES: ReadingSettings = { patientFacing: false, gradeTarget: 8 };

/** Every finding, the readability grade, the length, a tweet-chat reminder, a thread split and hashtag chips. */
export function FindingsPanel({ analysis, text, shown, overflowText, reading = COLLEAGUES, onFix, onDismiss, onIgnore, onInsertHashtag }: FindingsPanelProps) {
  const listed = shown ?? analysis.findings;
  const spans = listed.filter((f) => !isReadingFinding(f));
  const about = listed.filter(isReadingFinding);
  const card = (f: Finding) => (
    <li key={`${f.rule}:${f.start}:${f.end}`}>
      <FindingCard finding={f} text={text} onFix={onFix} onDismiss={onDismiss} onIgnore={onIgnore} />
    </li>
  );
  const heldBack = holdsBackHashtags(analysis.findings);
  return (
    <section className="coach-panel" aria-label="Post coach">
      <LengthMeter length={analysis.length} overflowText={overflowText} />
      {analysis.stats.chatReminder && <p className="coach-chat" data-coach-chat="">{analysis.stats.chatReminder}</p>}
      {spans.length === 0 && about.length === 0 ? <p>No findings.</p> : spans.length > 0 && (
        <ul className="coach-findings">{spans.map(card)}</ul>
      )}
      <div className="coach-reading">
        <ReadingLine stats={analysis.stats} settings={reading} />
        {about.length > 0 && <ul className="coach-findings">{about.map(card)}</ul>}
      </div>
      {analysis.stats.thread.length > 0 && (
        <ol className="coach-thread" aria-label="Suggested thread">
          {analysis.stats.thread.map((p, i) => <li key={i}>{p}</li>)}
        </ol>
      )}
      {analysis.hashtags.length > 0 && onInsertHashtag && (heldBack
        ? <p className="coach-muted" data-coach-hashtags-held="">Hashtag suggestions wait until the patient identifiers above are fixed: more reach is the wrong help for a post that could identify a patient.</p>
        : (
          <div className="coach-hashtags" aria-label="Suggested hashtags" role="group">
            {analysis.hashtags.map((s) => <HashtagChip key={s.tag} suggestion={s} onInsert={onInsertHashtag} />)}
          </div>
        ))}
    </section>
  );
}
