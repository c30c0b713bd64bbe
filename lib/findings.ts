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

/**
 * Hashtag chips wait while a block-level privacy finding stands: more reach is the wrong help for
 * a post that names a patient (the engine still computes them; they fit once the post is fixed).
 */
export function holdsBackHashtags(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.category === 'privacy' && f.severity === 'block');
}

/** A clarity finding about the whole draft or a whole sentence (reading grade, sentence length): shown beside the grade, never underlined. */
export function isReadingFinding(f: Finding): boolean {
  return f.category === 'clarity' && f.start === f.end && !f.fix;
}
