import { useEffect, useMemo, useState } from 'react';
import { CoachedText } from '../../components/CoachedText.tsx';
import { FindingsPanel } from '../../components/FindingsPanel.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { useAnalysis } from '../../components/use-analysis.ts';
import { useNotices, useSettings } from '../../components/use-stores.tsx';
import { appendEdit, applyEdit, applyFix } from '../../lib/edits.ts';
import { findingKey, overflowText } from '../../lib/findings.ts';
import { SCENARIOS, type Scenario } from '../../lib/practice/scenarios.ts';

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

  return (
    <PageShell title="Practice" notices={notices} theme={presenter ? 'dark' : settings.effective.theme} className={presenter ? 'presenter' : ''}>
      <header className="row spread">
        <h1>Practice: write a post, see what the coach sees</h1>
        <div className="row">
          <label><input type="checkbox" checked={presenter} onChange={(e) => setPresenter(e.target.checked)} /> Presenter mode</label>
          <label><input type="checkbox" checked={reveal} onChange={(e) => { setReveal(e.target.checked); setRevealed(0); }} /> Reveal one by one</label>
        </div>
      </header>
      <div className="layout">
        <main>
          {scenario && <p className="muted" data-scenario={scenario.id}><strong>{scenario.title}</strong> — {scenario.lesson}</p>}
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
          <FindingsPanel analysis={{ ...analysis, findings: shown }} text={text} overflowText={overflowText(analysis, text)}
            onFix={(f) => setText(applyFix(text, f).text)}
            onDismiss={(f) => setDismissed(new Set(dismissed).add(findingKey(f, text)))}
            onIgnore={(term, f) => void settings.ignoreTerm(term, f.rule)}
            onInsertHashtag={(tag) => setText(applyEdit(text, appendEdit(text, tag)))} />
        </main>
        <aside aria-labelledby="scenarios-title">
          <h2 id="scenarios-title">Scenarios</h2>
          <ul className="scenarios">
            {SCENARIOS.map((s) => (
              <li key={s.id}>
                <button type="button" data-scenario-id={s.id} aria-pressed={scenario?.id === s.id} onClick={() => load(s)}>{s.title}</button>
                <span className="muted"> {s.rule}</span>
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </PageShell>
  );
}
