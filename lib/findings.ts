// What every surface that shows findings (the coach on X, the practice and review pages) says about them.
import type { Analysis, Finding } from './engine/types.ts';

/** A finding's identity across edits elsewhere in the draft: its rule and the text it covers, not its offsets. */
export function findingKey(f: Finding, text: string): string {
  return `${f.rule}\u0000${text.slice(f.start, f.end)}`;
}

/** The part of the draft past X's limit, or undefined when it fits. */
export function overflowText(analysis: Analysis, text: string): string | undefined {
  const over = analysis.findings.find((f) => f.rule === 'length/over-limit');
  return over ? text.slice(over.start, over.end) : undefined;
}
