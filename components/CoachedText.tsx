import { useMemo, useRef, type ReactNode } from 'react';
import type { Analysis, Finding } from '../lib/engine/types.ts';

export interface CoachedTextProps {
  text: string;
  analysis: Analysis;
  onChange: (text: string) => void;
  label: string;
  /** Only these findings are marked (reveal mode); all by default. */
  shown?: Finding[];
  placeholder?: string;
  id?: string;
}

/**
 * An X-like compose box for the extension's own pages: a plain textarea (so typing, paste, undo and
 * screen readers behave natively) over a mirror that draws each finding's underline in place.
 */
export function CoachedText({ text, analysis, onChange, label, shown, placeholder, id }: CoachedTextProps) {
  const mirror = useRef<HTMLDivElement>(null);
  const marks = shown ?? analysis.findings;
  const pieces = useMemo(() => highlight(text, marks), [text, marks]);
  return (
    <div className="coached">
      <div ref={mirror} className="coached-mirror" aria-hidden="true">{pieces}{'\u200b'}</div>
      <textarea id={id} className="coached-input" aria-label={label} value={text} placeholder={placeholder} dir="auto" spellCheck
        onChange={(e) => onChange(e.target.value)}
        onScroll={(e) => { if (mirror.current) mirror.current.scrollTop = e.currentTarget.scrollTop; }} />
    </div>
  );
}

/** The text split into plain runs and marked runs; overlapping findings keep the first (most severe). */
function highlight(text: string, findings: Finding[]): ReactNode[] {
  const order = [...findings].filter((f) => f.end > f.start).sort((a, b) => a.start - b.start || rank(b) - rank(a));
  const out: ReactNode[] = [];
  let at = 0;
  for (const f of order) {
    if (f.start < at) continue;
    if (f.start > at) out.push(text.slice(at, f.start));
    out.push(<mark key={`${f.rule}:${f.start}`} className="coach-mark" data-rule={f.rule} data-severity={f.severity}>{text.slice(f.start, f.end)}</mark>);
    at = f.end;
  }
  out.push(text.slice(at));
  return out;
}

const rank = (f: Finding) => (f.severity === 'block' ? 2 : f.severity === 'warn' ? 1 : 0);
