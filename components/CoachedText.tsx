import { useMemo, type CSSProperties, type ReactNode } from 'react';
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
 * The one set of text metrics the box and its overlay share, applied inline to both so that no
 * page style (`.page textarea` sets its own padding) can move one without the other: the
 * underlines sit on the words only while every metric that places a glyph is the same.
 */
const METRICS: CSSProperties = {
  boxSizing: 'border-box', margin: 0, padding: '0.6em 0.7em', borderWidth: 1, borderStyle: 'solid',
  font: 'inherit', lineHeight: 1.5, letterSpacing: 'normal', wordSpacing: 'normal', textIndent: 0, textTransform: 'none',
  whiteSpace: 'pre-wrap', overflowWrap: 'break-word', wordBreak: 'normal', tabSize: 8,
  // The overlay sizes the box to its text and the textarea fills it: nothing scrolls, so no
  // scrollbar narrows one of the two, whatever the font size (presenter mode changes it).
  overflow: 'hidden',
};

/**
 * An X-like compose box for the extension's own pages (practice and review): a plain textarea (so
 * typing, paste, undo and screen readers behave natively) over an overlay that draws each
 * finding's underline in place.
 */
export function CoachedText({ text, analysis, onChange, label, shown, placeholder, id }: CoachedTextProps) {
  const marks = shown ?? analysis.findings;
  const pieces = useMemo(() => highlight(text, marks), [text, marks]);
  return (
    <div className="coached">
      <div className="coached-mirror" aria-hidden="true" dir="auto" style={METRICS}>{pieces}{'\u200b'}</div>
      <textarea id={id} className="coached-input" aria-label={label} value={text} placeholder={placeholder} dir="auto" spellCheck
        style={METRICS} onChange={(e) => onChange(e.target.value)} />
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
