import { useEffect, useMemo, useRef, useState } from 'react';
import { CoachedText } from '../../components/CoachedText.tsx';
import { ChatReminder, FindingList, FindingsPanel, HashtagChips, ReadingNotes, ThreadSplit, type FindingsPanelProps } from '../../components/FindingsPanel.tsx';
import { LengthMeter } from '../../components/LengthMeter.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useAnalysis } from '../../components/use-analysis.ts';
import { useFitToScreen } from '../../components/use-fit.ts';
import { useNotices, useSettings } from '../../components/use-stores.tsx';
import { appendEdit, applyEdit, applyFix } from '../../lib/edits.ts';
import { findingKey, overflowText } from '../../lib/findings.ts';
import { SCENARIOS, TOPICS, scenariosOf, type Scenario } from '../../lib/practice/scenarios.ts';

function scenarioFromHash(): Scenario | undefined {
  const id = new URLSearchParams(location.hash.slice(1)).get('scenario');
  return SCENARIOS.find((s) => s.id === id);
}

/** The trainer's page: an X-like box coached as on X, a scenario library, presenter and reveal modes. */
export function Practice() {
  const settings = useSettings();
  const notices = useNotices();
  const [scenario, setScenario] = useState<Scenario | undefined>(scenarioFromHash);
  const [text, setText] = useState(scenario?.text ?? '');
  const [presenter, setPresenter] = useState(false);
  const [reveal, setReveal] = useState(false);
  const [revealed, setRevealed] = useState(0);
  const [dismissed, setDismissed] = useState<Set<string>>(new Set());
  const analysis = useAnalysis(text, settings.effective, dismissed);
  const draftCol = useRef<HTMLDivElement>(null);
  const findingsCol = useRef<HTMLDivElement>(null);

  const load = (s: Scenario) => {
    setScenario(s);
    setText(s.text);
    setRevealed(0);
    setDismissed(new Set());
  };
  // "Show me" links from the popup open a scenario by its id in the hash.
  useEffect(() => {
    const onHash = () => { const s = scenarioFromHash(); if (s) load(s); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  });
  const shown = useMemo(() => (reveal ? analysis.findings.slice(0, revealed) : analysis.findings), [analysis, reveal, revealed]);
  // On a projector everything fits one screen: each column takes the largest type that fits.
  useFitToScreen([draftCol], presenter, 34, 20, [text, scenario, reveal]);
  useFitToScreen([findingsCol], presenter, 22, 14, [text, shown, scenario]);

  const panel: FindingsPanelProps = {
    analysis, shown, text, overflowText: overflowText(analysis, text), reading: settings.effective,
    onFix: (f) => setText(applyFix(text, f).text),
    onDismiss: (f) => setDismissed(new Set(dismissed).add(findingKey(f, text))),
    // The ignore list is a synced setting: not offered in a live demo.
    onIgnore: presenter ? undefined : (term, f) => void settings.ignoreTerm(term, f.rule),
    onInsertHashtag: (tag) => setText(applyEdit(text, appendEdit(text, tag))),
  };

  return (
    <PageShell title="Practice" notices={notices} theme={presenter ? 'dark' : settings.effective.theme} className={presenter ? 'practice presenter' : 'practice'}>
      <header className="practice-bar">
        <h1>{presenter ? 'Practice' : 'Practice: write a post, see what the coach sees'}</h1>
        {presenter && (
          <label className="scenario-pick">
            <span className="visually-hidden">Scenario</span>
            <select value={scenario?.id ?? ''} data-scenario-select="" onChange={(e) => { const s = SCENARIOS.find((x) => x.id === e.target.value); if (s) load(s); }}>
              <option value="">Choose a scenario…</option>
              {TOPICS.map((t) => (
                <optgroup key={t.id} label={t.title}>
                  {scenariosOf(t.id).map((s) => <option key={s.id} value={s.id}>{s.title}</option>)}
                </optgroup>
              ))}
            </select>
          </label>
        )}
        <div className="row">
          <label><input type="checkbox" checked={presenter} onChange={(e) => setPresenter(e.target.checked)} /> Presenter mode</label>
          <label><input type="checkbox" checked={reveal} onChange={(e) => { setReveal(e.target.checked); setRevealed(0); }} /> Reveal one by one</label>
        </div>
      </header>
      <main className="practice-main">
        {scenario && <p className="lesson muted" data-scenario={scenario.id}><strong>{scenario.title}</strong> — {scenario.lesson}</p>}
        <div className="practice-layout">
          <div className="practice-draft" ref={draftCol}>
            <CoachedText text={text} analysis={analysis} shown={shown} label="Practice post" placeholder="What’s happening?"
              onChange={(t) => setText(t)} />
            {reveal && (
              <div className="row">
                <button type="button" disabled={revealed >= analysis.findings.length} onClick={() => setRevealed((n) => n + 1)}>
                  Reveal next finding ({Math.min(revealed, analysis.findings.length)} of {analysis.findings.length})
                </button>
                <button type="button" onClick={() => setRevealed(analysis.findings.length)}>Reveal all</button>
              </div>
            )}
            {presenter && (
              <div className="coach-extras">
                <LengthMeter length={analysis.length} />
                <ChatReminder analysis={analysis} />
                <ReadingNotes {...panel} cards={false} />
                <HashtagChips {...panel} />
              </div>
            )}
          </div>
          <div className="practice-findings" ref={findingsCol}>
            {/* On a projector the cards have the column to themselves; the rest sits under the draft. */}
            {presenter ? (
              <section className="coach-panel" aria-label="Post coach findings"><FindingList {...panel} all /><ThreadSplit analysis={analysis} /></section>
            ) : <FindingsPanel {...panel} />}
          </div>
          {!presenter && (
            <nav className="practice-scenarios" aria-labelledby="scenarios-title">
              <h2 id="scenarios-title">Scenarios</h2>
              {TOPICS.map((t) => (
                <section key={t.id} aria-labelledby={`topic-${t.id}`} data-topic={t.id}>
                  <h3 id={`topic-${t.id}`}>{t.title}</h3>
                  <ul className="scenarios">
                    {scenariosOf(t.id).map((s) => (
                      <li key={s.id}>
                        <button type="button" data-scenario-id={s.id} aria-pressed={scenario?.id === s.id} onClick={() => load(s)}>{s.title}</button>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </nav>
          )}
        </div>
      </main>
    </PageShell>
  );
}
