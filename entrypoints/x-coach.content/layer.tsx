// The coach's own layer over X's page: underlines, a badge per box, the finding card, the panel
// and the pre-post dialog, all inside one shadow root. Nothing here touches X's DOM.
import { memo, useEffect, useRef, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { FindingCard } from '../../components/FindingCard.tsx';
import { FindingsPanel } from '../../components/FindingsPanel.tsx';
import type { Finding, Severity } from '../../lib/engine/index.ts';
import { overflowText } from '../../lib/findings.ts';
import type { Coach } from './coach.ts';
import type { Box, GateView, Mark, SessionView, ViewStore } from './view.ts';

interface Props { view: ViewStore; coach: Coach }

export function Layer({ view, coach }: Props) {
  const { sessions, card, panel, gate, theme, scale, announcement } = useStore(view);
  useHover(view, coach);
  return (
    <div className="coach-theme coach-layer" data-theme={theme} style={{ fontSize: `${14 * scale}px` }}>
      {sessions.map((s) => <Underlines key={s.id} marks={s.marks} />)}
      {sessions.filter((s) => s.text.trim()).map((s) => (
        <Badge key={s.id} session={s} open={panel === s.id} onClick={() => coach.togglePanel(s.id)} />
      ))}
      {card && <Card view={view} coach={coach} />}
      {panel !== null && <Panel view={view} session={sessions.find((s) => s.id === panel)} coach={coach} />}
      {gate && <Gate coach={coach} gate={gate} />}
      <div className="coach-sr-only" aria-live="polite" role="status">{announcement}</div>
    </div>
  );
}

/** Most keystrokes move no underline: skip re-rendering them unless a mark or a rectangle changed. */
const Underlines = memo(function Underlines({ marks }: { marks: Mark[] }) {
  return (
    <>
      {marks.map((m) => m.rects.map((r, i) => (
        <div key={`${m.key}:${i}`} className="coach-underline" data-rule={m.finding.rule} data-severity={m.finding.severity}
          style={{ left: r.left, top: r.top, width: r.width, height: r.height, ...lineStyle(m.finding.severity) }} />
      )))}
    </>
  );
}, (a, b) => sameMarks(a.marks, b.marks));

function sameMarks(a: Mark[], b: Mark[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i]!;
    return m.key === n.key && m.finding.severity === n.finding.severity && m.rects.length === n.rects.length
      && m.rects.every((r, j) => sameBox(r, n.rects[j]!));
  });
}

const sameBox = (a: Box, b: Box) => a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;

function lineStyle(severity: Severity) {
  const colour = `var(--coach-${severity})`;
  return severity === 'info' ? { borderBottom: `2px dotted ${colour}` } : { borderBottom: `2px solid ${colour}`, background: severity === 'block' ? 'rgba(224, 36, 94, 0.12)' : undefined };
}

const counts = (findings: Finding[]) => ({
  block: findings.filter((f) => f.severity === 'block').length,
  warn: findings.filter((f) => f.severity === 'warn').length,
  info: findings.filter((f) => f.severity === 'info').length,
});

const COUNT_LABELS = { block: 'to fix before posting', warn: 'warnings', info: 'notes' } as const;

function Badge({ session, open, onClick }: { session: SessionView; open: boolean; onClick: () => void }) {
  const c = counts(session.marks.map((m) => m.finding));
  const { weighted, limit } = session.analysis.length;
  const a = session.badge;
  const label = `Post coach: ${c.block} ${COUNT_LABELS.block}, ${c.warn} ${COUNT_LABELS.warn}, ${c.info} ${COUNT_LABELS.info}, ${weighted} of ${limit} characters. ${open ? 'Close' : 'Open'} the findings.`;
  return (
    <button type="button" className="coach-badge" data-coach-badge="" data-session={session.id} aria-label={label} aria-expanded={open}
      style={{ top: a.y, left: a.x, transform: `translate(${a.side === 'left' ? '-100%' : '0'}, -50%)` }}
      onClick={onClick}>
      {(['block', 'warn', 'info'] as const).map((sev) => c[sev] > 0 && (
        // Each dot says what it counts: a tooltip for the pointer, the button's label for screen readers.
        <span key={sev} className="coach-count" data-severity={sev} title={`${c[sev]} ${COUNT_LABELS[sev]}`}>{c[sev]}</span>
      ))}
      <span className="coach-length-count" data-valid={String(session.analysis.length.valid)} title={`${weighted} of ${limit} characters`}>{weighted}/{limit}</span>
    </button>
  );
}

/** "Couldn't apply this fix here" under the card of the finding it is about. */
function NoticeLine({ view, sessionId, markKey }: { view: ViewStore; sessionId: number; markKey: string }) {
  const notice = useStore(view, (s) => s.notice);
  if (!notice || notice.sessionId !== sessionId || notice.key !== markKey) return null;
  return <p className="coach-notice" role="alert" data-coach-notice="">{notice.text}</p>;
}

function Panel({ view, session, coach }: { view: ViewStore; session?: SessionView; coach: Coach }) {
  const ref = useRef<HTMLElement>(null);
  const notice = useStore(view, (s) => s.notice);
  // Opening the panel puts focus on its first finding's first action (the direct route to a fix).
  useEffect(() => {
    const el = ref.current;
    (el?.querySelector<HTMLElement>('.coach-card button') ?? el?.querySelector<HTMLElement>('button'))?.focus();
  }, [session?.id]);
  if (!session) return null;
  const f = session.frame;
  const top = Math.min(f.top + f.height + 4, window.innerHeight - 120);
  const failed = notice?.sessionId === session.id ? notice : null;
  return (
    <section ref={ref} className="coach-floating coach-panel-box" data-coach-panel="" role="dialog" aria-label="Post coach findings"
      style={{ top, left: Math.max(8, Math.min(f.left, window.innerWidth - 380)) }}>
      <div className="coach-panel-head">
        <strong>Post coach</strong>
        <button type="button" aria-label="Close the findings" data-coach-action="close" onClick={() => coach.togglePanel(session.id)}>×</button>
      </div>
      {failed && <NoticeLine view={view} sessionId={session.id} markKey={failed.key} />}
      <FindingsPanel analysis={{ ...session.analysis, findings: session.marks.map((m) => m.finding) }} text={session.text}
        overflowText={overflowText(session.analysis, session.text)} reading={coach.reading}
        onFix={(fd) => void coach.fix(session.id, fd)} onDismiss={(fd) => coach.dismiss(session.id, fd)}
        onIgnore={(term, f) => coach.ignore(session.id, term, f.rule)} onInsertHashtag={(tag) => void coach.insertHashtag(session.id, tag)} />
    </section>
  );
}

function findMark(view: ViewStore): { session: SessionView; mark: Mark } | null {
  const { card, sessions } = view.getState();
  const session = sessions.find((s) => s.id === card?.sessionId);
  const mark = session?.marks.find((m) => m.key === card?.key);
  return session && mark ? { session, mark } : null;
}

function Card({ view, coach }: { view: ViewStore; coach: Coach }) {
  const card = useStore(view, (s) => s.card);
  const ref = useRef<HTMLDivElement>(null);
  // The shortcut with the caret in a flagged word puts focus on the card's first action.
  useEffect(() => {
    if (card?.focus) ref.current?.querySelector<HTMLElement>('button')?.focus();
  }, [card?.focus, card?.key, card?.sessionId]);
  const found = findMark(view);
  const r = found?.mark.rects.at(-1);
  if (!found || !r) return null;
  const { session, mark } = found;
  const below = r.top + r.height + 200 < window.innerHeight;
  return (
    <div ref={ref} className="coach-floating coach-hover-card" data-coach-card="" dir="auto"
      style={{ left: Math.max(8, Math.min(r.left, window.innerWidth - 340)), top: below ? r.top + r.height + 4 : undefined, bottom: below ? undefined : window.innerHeight - r.top + 4 }}>
      <FindingCard finding={mark.finding} text={session.text}
        onFix={(fd) => void coach.fix(session.id, fd)} onDismiss={(fd) => coach.dismiss(session.id, fd)}
        onIgnore={(term, f) => coach.ignore(session.id, term, f.rule)} />
      <NoticeLine view={view} sessionId={session.id} markKey={mark.key} />
    </div>
  );
}

function Gate({ coach, gate }: { coach: Coach; gate: GateView }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.querySelector<HTMLButtonElement>('button[data-coach-action="edit"]')?.focus(); }, []);
  const fixable = gate.findings.length > 0 && gate.findings.every((g) => g.finding.fix);
  // Focus stays in the dialog: Tab and Shift+Tab cycle its buttons; Escape goes back to the box.
  const onKeyDown = (e: ReactKeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); coach.gateCancel(); return; }
    if (e.key !== 'Tab') return;
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('button:not([disabled])') ?? []);
    if (!buttons.length) return;
    const i = buttons.indexOf(e.target as HTMLButtonElement);
    e.preventDefault();
    buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length]!.focus();
  };
  const title = gate.checking && !gate.findings.length ? 'Checking this post…' : `${gate.where ? `${gate.where}: this` : 'This'} post could identify a patient`;
  return (
    <div className="coach-backdrop">
      <div ref={ref} className="coach-floating coach-gate" role="dialog" aria-modal="true" aria-labelledby="coach-gate-title" data-coach-gate=""
        onKeyDown={onKeyDown}>
        <h2 id="coach-gate-title">{title}</h2>
        {gate.note && <p className="coach-notice" role="alert" data-coach-notice="">{gate.note}</p>}
        <ul>
          {gate.findings.map(({ finding, quote }, i) => (
            <li key={i} data-severity={finding.severity} data-rule={finding.rule}><q>{quote}</q> — {finding.message}</li>
          ))}
        </ul>
        <div className="coach-actions">
          <button type="button" data-coach-action="edit" onClick={() => coach.gateEdit()}>Edit</button>
          {fixable && <button type="button" data-coach-action="fix-all" onClick={() => coach.gateFixAll()}>Fix all</button>}
          <button type="button" data-coach-action="post" onClick={() => coach.gatePost()}>Post anyway</button>
        </div>
      </div>
    </div>
  );
}

/** The card opens when the pointer rests on an underline and stays while it is over the card. */
function useHover(view: ViewStore, coach: Coach) {
  useEffect(() => {
    let pending = false;
    let last: MouseEvent | null = null;
    let closeTimer = 0;
    const hit = (x: number, y: number) => {
      for (const s of view.getState().sessions) {
        for (const m of s.marks) if (m.rects.some((r) => inside(r, x, y))) return { sessionId: s.id, key: m.key };
      }
      return null;
    };
    const onMove = (e: MouseEvent) => {
      last = e;
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        if (!last) return;
        const path = last.composedPath();
        if (path.some((n) => n instanceof HTMLElement && n.dataset.coachCard !== undefined)) { clearTimeout(closeTimer); return; }
        const found = hit(last.clientX, last.clientY);
        const current = view.getState().card;
        if (found) {
          clearTimeout(closeTimer);
          if (current?.key !== found.key || current.sessionId !== found.sessionId) coach.hover(found);
        } else if (current) {
          clearTimeout(closeTimer);
          closeTimer = window.setTimeout(() => coach.hover(null), 400);
        }
      });
    };
    window.addEventListener('mousemove', onMove, { passive: true, capture: true });
    return () => { window.removeEventListener('mousemove', onMove, { capture: true }); clearTimeout(closeTimer); };
  }, [view, coach]);
}

function inside(r: Box, x: number, y: number) {
  return x >= r.left && x <= r.left + r.width && y >= r.top && y <= r.top + r.height;
}

// Its own stylesheet, imported as text so the build minifies it: the shadow root adopts it.
export { default as LAYER_CSS } from './layer.css?inline';
