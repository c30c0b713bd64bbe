import { useState } from 'react';
import { CoachedText } from '../../components/CoachedText.tsx';
import { FindingCard } from '../../components/FindingCard.tsx';
import { LengthMeter } from '../../components/LengthMeter.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useAnalysis } from '../../components/use-analysis.ts';
import { useNotices, useReviews, useSettings } from '../../components/use-stores.tsx';
import { analyze, type Finding } from '../../lib/engine/index.ts';
import { applyAllFixes, applyFix, cleanCopy, reviewNote, splitDrafts } from '../../lib/review/review.ts';
import type { AppSettings } from '../../lib/store/stores.ts';

interface Draft { original: string; text: string; applied: Finding[] }

/** The assistant's page: paste drafts, fix them, hand back clean text with a short review note. */
export function Review() {
  const settings = useSettings();
  const reviews = useReviews();
  const notices = useNotices();
  const [pasted, setPasted] = useState('');
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [output, setOutput] = useState('');
  const [saved, setSaved] = useState('');

  const start = () => {
    setDrafts(splitDrafts(pasted).map((t) => ({ original: t, text: t, applied: [] })));
    setOutput('');
  };
  const change = (i: number, next: Partial<Draft>) => setDrafts((all) => all.map((d, j) => (j === i ? { ...d, ...next } : d)));
  const fixAll = () => setDrafts((all) => all.map((d) => {
    const { text, applied } = applyAllFixes(d.text, analyze(d.text, settings.effective).findings);
    return { ...d, text, applied: [...d.applied, ...applied] };
  }));
  const note = () => reviewNote(drafts.map((d) => ({
    before: d.original, after: d.text, applied: d.applied, remaining: analyze(d.text, settings.effective).findings,
  })));
  const finish = async () => {
    const body = `${cleanCopy(drafts.map((d) => d.text))}\n\n---\nReview note\n${note()}`;
    setOutput(body);
    await navigator.clipboard?.writeText(body).catch(() => undefined);
  };

  return (
    <PageShell title="Review posts" notices={notices} theme={settings.effective.theme}>
      <main>
        <h1>Review posts</h1>
        <p className="muted">Paste one draft or several, separated by a blank line. Nothing is kept unless you save the review.</p>
        <label htmlFor="pasted">Drafts to review</label>
        <textarea id="pasted" rows={6} style={{ width: '100%' }} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        <div className="row">
          <button type="button" disabled={!pasted.trim()} onClick={start}>Review</button>
          {drafts.length > 0 && <button type="button" onClick={fixAll} data-review-action="fix-all">Apply all fixes</button>}
          {drafts.length > 0 && <button type="button" onClick={() => void finish()} data-review-action="copy">Copy clean text with review note</button>}
          {drafts.length > 0 && (
            <button type="button" data-review-action="save" onClick={async () => {
              await reviews.add({ drafts: drafts.map((d) => d.text), note: note() });
              setSaved('Review saved on this computer.');
            }}>Save review</button>
          )}
        </div>
        {saved && <p role="status">{saved}</p>}
        <ol className="review-list">
          {drafts.map((d, i) => (
            <li key={i}><DraftReview draft={d} index={i} settings={settings.effective}
              onText={(text) => change(i, { text })}
              onFix={(f) => change(i, { text: applyFix(d.text, f).text, applied: [...d.applied, f] })} /></li>
          ))}
        </ol>
        {output && (
          <>
            <label htmlFor="output">Clean text and review note (copied to the clipboard)</label>
            <textarea id="output" readOnly rows={10} style={{ width: '100%' }} value={output} data-review-output="" />
          </>
        )}
        <SavedReviews />
      </main>
    </PageShell>
  );
}

function DraftReview({ draft, index, settings, onText, onFix }: {
  draft: Draft; index: number; settings: AppSettings; onText: (t: string) => void; onFix: (f: Finding) => void;
}) {
  const analysis = useAnalysis(draft.text, settings);
  return (
    <article className="draft-card" aria-label={`Draft ${index + 1}`} data-draft={index}>
      <h2>Draft {index + 1} <span className="muted">· {analysis.findings.length} finding{analysis.findings.length === 1 ? '' : 's'}</span></h2>
      <CoachedText text={draft.text} analysis={analysis} label={`Text of draft ${index + 1}`} onChange={onText} />
      <LengthMeter length={analysis.length} />
      <ul className="coach-findings">
        {analysis.findings.map((f) => (
          <li key={`${f.rule}:${f.start}`}><FindingCard finding={f} text={draft.text} onFix={onFix} /></li>
        ))}
      </ul>
    </article>
  );
}

function SavedReviews() {
  const reviews = useReviews();
  if (!reviews.data.length) return null;
  return (
    <section aria-labelledby="saved-title">
      <h2 id="saved-title">Saved reviews</h2>
      <ul className="review-list">
        {reviews.data.map((r) => (
          <li key={r.id} className="draft-card" data-saved-review={r.id}>
            <div className="row spread">
              <strong>{new Date(r.savedAt).toLocaleString()}</strong>
              <button type="button" onClick={() => void reviews.remove(r.id)} aria-label={`Delete the review of ${new Date(r.savedAt).toLocaleString()}`}>Delete</button>
            </div>
            <p>{r.drafts.length} draft{r.drafts.length === 1 ? '' : 's'}: {r.drafts[0]?.slice(0, 80)}{(r.drafts[0]?.length ?? 0) > 80 ? '…' : ''}</p>
            {r.note && <pre className="muted">{r.note}</pre>}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => { if (confirm('Delete every saved review?')) void reviews.removeAll(); }}>Delete all saved reviews</button>
    </section>
  );
}
