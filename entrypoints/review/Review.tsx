import { useMemo, useState } from 'react';
import { copyText } from '../../components/clipboard.ts';
import { CoachedText } from '../../components/CoachedText.tsx';
import { FindingCard } from '../../components/FindingCard.tsx';
import { HashtagChips } from '../../components/FindingsPanel.tsx';
import { LengthMeter } from '../../components/LengthMeter.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useAnalysis } from '../../components/use-analysis.ts';
import { useNotices, useReviews, useSettings, useStores } from '../../components/use-stores.tsx';
import { analyze, type Finding } from '../../lib/engine/index.ts';
import { findingKey } from '../../lib/findings.ts';
import { appendEdit, applyEdit } from '../../lib/edits.ts';
import { applyAllFixes, applyFix, cleanCopy, cleanForStorage, draftStatus, readyToHandBack, reviewNote, splitDrafts } from '../../lib/review/review.ts';
import type { AppSettings } from '../../lib/store/stores.ts';
import { REVIEW_KEEP_DAYS } from '../../lib/store/reviews.ts';

/** One draft under review: as pasted, as it is now, and the findings judged false alarms (by findingKey). */
interface Draft { id: number; original: string; text: string; dismissed: ReadonlySet<string> }

let nextId = 1;
const edited = (d: Draft) => d.text !== d.original || d.dismissed.size > 0;

/** The assistant's page: paste drafts, fix them, hand back clean text with a short review note. */
export function Review() {
  const settings = useSettings();
  const reviews = useReviews();
  const stores = useStores();
  const notices = useNotices();
  const [pasted, setPasted] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [output, setOutput] = useState<{ text: string; copied: boolean } | null>(null);
  const [saved, setSaved] = useState('');
  const s = settings.effective;

  /** Review the box's drafts; a draft pasted again keeps its fixes, edits and dismissals. */
  const start = () => {
    const pool = [...drafts];
    const next = splitDrafts(pasted).map((t) => {
      const i = pool.findIndex((d) => d.original === t);
      return i >= 0 ? pool.splice(i, 1)[0]! : { id: nextId++, original: t, text: t, dismissed: new Set<string>() };
    });
    const lost = pool.filter(edited).length;
    if (lost && !confirm(`${lost === 1 ? 'One draft you worked on is' : `${lost} drafts you worked on are`} no longer in the box: review again and lose ${lost === 1 ? 'its' : 'their'} fixes and edits?`)) return;
    setDrafts(next);
    setOutput(null);
    setSaved('');
  };
  const change = (id: number, next: Partial<Draft>) => setDrafts((all) => all.map((d) => (d.id === id ? { ...d, ...next } : d)));
  const fixAll = () => setDrafts((all) => all.map((d) => {
    const findings = analyze(d.text, s).findings.filter((f) => !d.dismissed.has(findingKey(f, d.text)));
    return { ...d, text: applyAllFixes(d.text, findings).text };
  }));
  const note = () => reviewNote(drafts.map((d) => ({ before: d.original, after: d.text, dismissed: d.dismissed })), s);
  const finish = async () => {
    const body = `${cleanCopy(drafts.map((d) => d.text))}\n\n---\nReview note\n${note()}`;
    setOutput({ text: body, copied: await copyText(body) });
  };
  const save = async () => {
    try {
      // Only the cleaned text and the note: never the drafts as pasted.
      const id = await reviews.add({ drafts: drafts.map((d) => cleanForStorage(d.text, s)), note: note() });
      const kept = stores.reviews.getState().data.some((r) => r.id === id);
      setSaved(kept ? `Review saved on this computer (cleaned text and note only) for ${REVIEW_KEEP_DAYS} days.` : 'The review could not be saved.');
    } catch {
      setSaved('The review could not be saved.');
    }
  };
  const notReady = drafts.filter((d) => !readyToHandBack(d.text, d.dismissed, s)).length;

  return (
    <PageShell title="Review posts" notices={notices} theme={s.theme} className="review">
      <main>
        <h1>Review posts</h1>
        <p className="muted">Paste one draft or several, separated by a blank line. Nothing is kept unless you save the review.</p>
        <label htmlFor="pasted">Drafts to review</label>
        <textarea id="pasted" rows={6} className="wide" value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <div className="row">
          <button type="button" disabled={!pasted.trim()} onClick={start}>Review</button>
          {drafts.length > 0 && <button type="button" onClick={fixAll} data-review-action="fix-all">Apply all fixes</button>}
          {drafts.length > 0 && <button type="button" onClick={() => void finish()} data-review-action="copy">Copy clean text with review note</button>}
          {drafts.length > 0 && <button type="button" data-review-action="save" onClick={() => void save()}>Save review</button>}
        </div>
        {drafts.length > 0 && (
          <p className="muted" data-review-status="">
            {notReady === 0 ? 'Every draft is ready to hand back.' : `${notReady} of ${drafts.length} draft${drafts.length === 1 ? '' : 's'} still ${notReady === 1 ? 'has' : 'have'} something to fix before posting (fix it, or dismiss it as a false alarm).`}
            {' '}Saving keeps only the cleaned text (every flagged identifier taken out) and the review note, on this computer: never the drafts as pasted.
          </p>
        )}
        {saved && <p role="status">{saved}</p>}
        {output && (
          <div className="output">
            <label htmlFor="output">Clean text and review note{output.copied ? ' (copied to the clipboard)' : ''}</label>
            {!output.copied && <p className="error" role="alert">The copy did not work: select the text below and copy it yourself.</p>}
            <textarea id="output" readOnly rows={10} className="wide" value={output.text} data-review-output="" />
          </div>
        )}
        <ol className="review-list">
          {drafts.map((d, i) => (
            <li key={d.id}><DraftReview draft={d} index={i} settings={s}
              onText={(text) => change(d.id, { text })}
              onFix={(f) => change(d.id, { text: applyFix(d.text, f).text })}
              onDismiss={(f) => change(d.id, { dismissed: new Set(d.dismissed).add(findingKey(f, d.text)) })}
              onRestore={() => change(d.id, { dismissed: new Set() })} /></li>
          ))}
        </ol>
        <SavedReviews />
      </main>
    </PageShell>
  );
}

function DraftReview({ draft, index, settings, onText, onFix, onDismiss, onRestore }: {
  draft: Draft; index: number; settings: AppSettings; onText: (t: string) => void; onFix: (f: Finding) => void;
  onDismiss: (f: Finding) => void; onRestore: () => void;
}) {
  const analysis = useAnalysis(draft.text, settings, draft.dismissed);
  const [copied, setCopied] = useState<boolean | null>(null);
  const n = analysis.findings.length;
  const status = useMemo(() => draftStatus(analysis), [analysis]);
  return (
    <article className="draft-card" aria-label={`Draft ${index + 1}`} data-draft={index}>
      <div className="row spread">
        <h2>Draft {index + 1} <span className="muted">· {n} finding{n === 1 ? '' : 's'}</span></h2>
        <span data-ready={String(status.ready)} className={status.ready ? 'muted' : 'error'}>{status.label}</span>
      </div>
      <CoachedText text={draft.text} analysis={analysis} label={`Text of draft ${index + 1}`} onChange={(t) => { onText(t); setCopied(null); }} />
      <LengthMeter length={analysis.length} />
      <div className="row">
        <button type="button" data-review-action="copy-draft" onClick={async () => setCopied(await copyText(draft.text))}>Copy this draft</button>
        {copied !== null && <span role="status">{copied ? 'Copied' : 'The copy did not work: select the text and copy it yourself.'}</span>}
        {draft.dismissed.size > 0 && (
          <button type="button" onClick={onRestore}>Show {draft.dismissed.size} dismissed finding{draft.dismissed.size === 1 ? '' : 's'} again</button>
        )}
      </div>
      <ul className="coach-findings">
        {analysis.findings.map((f) => (
          <li key={`${f.rule}:${f.start}:${f.end}`}><FindingCard finding={f} text={draft.text} onFix={onFix} onDismiss={onDismiss} /></li>
        ))}
      </ul>
      <HashtagChips analysis={analysis} text={draft.text} onInsertHashtag={(tag) => onText(applyEdit(draft.text, appendEdit(draft.text, tag)))} />
    </article>
  );
}

function SavedReviews() {
  const reviews = useReviews();
  if (!reviews.data.length) return null;
  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title">Saved reviews</h2>
      <p className="muted">Each keeps the cleaned text and the note only.</p>
      <ul className="review-list">
        {reviews.data.map((r) => (
          <li key={r.id} className="draft-card saved-review" data-saved-review={r.id}>
            <div className="row spread">
              <strong>{new Date(r.savedAt).toLocaleString()}</strong>
              <button type="button" onClick={() => void reviews.remove(r.id)} aria-label={`Delete the review of ${new Date(r.savedAt).toLocaleString()}`}>Delete</button>
            </div>
            <p>{r.drafts.length} draft{r.drafts.length === 1 ? '' : 's'}: {r.drafts[0]?.slice(0, 80)}{(r.drafts[0]?.length ?? 0) > 80 ? '…' : ''}</p>
            {r.note && <p className="note muted">{r.note}</p>}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => { if (confirm('Delete every saved review?')) void reviews.removeAll(); }}>Delete all saved reviews</button>
    </section>
  );
}
