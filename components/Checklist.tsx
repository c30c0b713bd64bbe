import { useState } from 'react';
import type { Track } from '../lib/checklist/types.ts';
import { checklistMarkdown } from '../lib/checklist/markdown.ts';
import { copyText } from './clipboard.ts';

export interface ChecklistProps {
  tracks: Track[];
  done: Record<string, boolean>;
  onToggle: (id: string) => void;
  onReset: () => void;
  /** Where a "show me" link goes: the practice page with that scenario. */
  showMeHref: (scenarioId: string) => string;
}

/** The training checklist: one tab per track, a progress bar each, reset and Markdown export. */
export function Checklist({ tracks, done, onToggle, onReset, showMeHref }: ChecklistProps) {
  const [current, setCurrent] = useState(tracks[0]?.id);
  // The Markdown is shown only when the copy did not work, so it can be copied by hand.
  const [copy, setCopy] = useState<{ copied: boolean; md: string } | null>(null);
  const track = tracks.find((t) => t.id === current) ?? tracks[0];
  if (!track) return null;
  const exportMarkdown = async () => {
    const md = checklistMarkdown(tracks, done, new Date());
    const copied = await copyText(md);
    setCopy({ copied, md });
    if (copied) setTimeout(() => setCopy((c) => (c?.md === md ? null : c)), 2500);
  };
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Training checklist</h2>
      <div role="tablist" aria-label="Tracks" className="tabs">
        {tracks.map((t) => {
          const n = t.items.filter((i) => done[i.id]).length;
          return (
            <button key={t.id} type="button" role="tab" id={`tab-${t.id}`} aria-selected={t.id === track.id} aria-controls={`panel-${t.id}`}
              tabIndex={t.id === track.id ? 0 : -1} onClick={() => setCurrent(t.id)}
              onKeyDown={(e) => {
                const i = tracks.indexOf(t);
                const next = e.key === 'ArrowRight' ? tracks[(i + 1) % tracks.length] : e.key === 'ArrowLeft' ? tracks[(i + tracks.length - 1) % tracks.length] : null;
                if (next) { setCurrent(next.id); document.getElementById(`tab-${next.id}`)?.focus(); }
              }}>
              {t.title} <span className="muted">{n}/{t.items.length}</span>
            </button>
          );
        })}
      </div>
      {tracks.filter((t) => t.id === track.id).map((t) => {
        const n = t.items.filter((i) => done[i.id]).length;
        return (
          <div key={t.id} role="tabpanel" id={`panel-${t.id}`} aria-labelledby={`tab-${t.id}`} data-track={t.id}>
            <p className="muted">{t.audience}</p>
            <progress max={t.items.length} value={n} aria-label={`${t.title} progress`} /> <span>{n} of {t.items.length} done</span>
            <ul className="items">
              {t.items.map((item) => (
                <li key={item.id}>
                  <label>
                    <input type="checkbox" checked={!!done[item.id]} onChange={() => onToggle(item.id)} data-item={item.id} />
                    <span>{item.text}</span>
                  </label>
                  <div className="muted why">{item.why}{item.showMe && <> · <a href={showMeHref(item.showMe)} target="_blank" rel="noreferrer">Show me</a></>}</div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <div className="row checklist-actions">
        {/* The confirmation replaces the button's words, where the user is looking. */}
        <button type="button" onClick={() => void exportMarkdown()} data-copied={copy?.copied ? '' : undefined}>
          {copy?.copied ? 'Copied' : 'Copy as Markdown'}
        </button>
        <span className="visually-hidden" role="status">{copy?.copied ? 'Checklist copied as Markdown' : ''}</span>
        <button type="button" onClick={() => { if (confirm('Untick every item of every track?')) onReset(); }}>Reset progress</button>
      </div>
      {copy && !copy.copied && (
        <>
          <p className="error" role="alert">The copy did not work: select the text below and copy it yourself.</p>
          <textarea readOnly aria-label="Checklist as Markdown" className="export" value={copy.md} rows={6} />
        </>
      )}
    </section>
  );
}
