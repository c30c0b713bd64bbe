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
export function FindingsPanel(props: FindingsPanelProps) {
  return (
    <section className="coach-panel" aria-label="Post coach">
      <LengthMeter length={props.analysis.length} overflowText={props.overflowText} />
      <ChatReminder analysis={props.analysis} />
      <FindingList {...props} />
      <DraftNotes {...props} />
    </section>
  );
}

/** The tweet chat on now, if any: how to answer during its slot. */
export function ChatReminder({ analysis }: { analysis: Analysis }) {
  return analysis.stats.chatReminder ? <p className="coach-chat" data-coach-chat="">{analysis.stats.chatReminder}</p> : null;
}

function Cards({ findings, text, onFix, onDismiss, onIgnore }: FindingsPanelProps & { findings: Finding[] }) {
  return (
    <ul className="coach-findings">
      {findings.map((f) => (
        <li key={`${f.rule}:${f.start}:${f.end}`}>
          <FindingCard finding={f} text={text} onFix={onFix} onDismiss={onDismiss} onIgnore={onIgnore} />
        </li>
      ))}
    </ul>
  );
}

/** The findings about words of the draft, one card each (`all`: the reading findings too, after them). */
export function FindingList(props: FindingsPanelProps & { all?: boolean }) {
  const shown = props.shown ?? props.analysis.findings;
  const listed = props.all ? [...shown.filter((f) => !isReadingFinding(f)), ...shown.filter(isReadingFinding)] : shown.filter((f) => !isReadingFinding(f));
  if (listed.length) return <Cards {...props} findings={listed} />;
  return shown.length ? null : <p>No findings.</p>;
}

/** What concerns the whole draft: the reading grade (with its findings), a thread split, hashtag chips. */
export function DraftNotes(props: FindingsPanelProps) {
  return (
    <div className="coach-notes">
      <ReadingNotes {...props} />
      <ThreadSplit analysis={props.analysis} />
      <HashtagChips {...props} />
    </div>
  );
}

/** The reading grade, what it means and its target, with the findings about grade and sentence length. */
export function ReadingNotes(props: FindingsPanelProps & { cards?: boolean }) {
  const about = props.cards === false ? [] : (props.shown ?? props.analysis.findings).filter(isReadingFinding);
  return (
    <div className="coach-reading">
      <ReadingLine stats={props.analysis.stats} settings={props.reading ?? COLLEAGUES} />
      {about.length > 0 && <Cards {...props} findings={about} />}
    </div>
  );
}

/** The draft cut into numbered posts when it is over the limit. */
export function ThreadSplit({ analysis }: { analysis: Analysis }) {
  if (!analysis.stats.thread.length) return null;
  return (
    <ol className="coach-thread" aria-label="Suggested thread">
      {analysis.stats.thread.map((p, i) => <li key={i}>{p}</li>)}
    </ol>
  );
}

/** Hashtag chips, or while a block-level privacy finding stands, a line saying to fix the identifiers first. */
export function HashtagChips({ analysis, onInsertHashtag }: FindingsPanelProps) {
  if (!analysis.hashtags.length || !onInsertHashtag) return null;
  if (holdsBackHashtags(analysis.findings)) {
    return <p className="coach-muted" data-coach-hashtags-held="">Hashtag suggestions wait until the patient identifiers are fixed: more reach is the wrong help for a post that could identify a patient.</p>;
  }
  return (
    <div className="coach-hashtags" aria-label="Suggested hashtags" role="group">
      {analysis.hashtags.map((s) => <HashtagChip key={s.tag} suggestion={s} onInsert={onInsertHashtag} />)}
    </div>
  );
}
