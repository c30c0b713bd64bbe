// Trainee notes go into the roster's CSV and Markdown exports: the same privacy check as a post
// (warn and block findings) tells the trainer before a patient's name or bed number is kept there.
import { analyze } from '../engine/index.ts';
import type { Settings } from '../engine/types.ts';

export interface NoteRisk {
  /** The words found, as written. */
  quote: string;
  /** What they are, e.g. "Patient name". */
  message: string;
}

/** What in `note` could identify a patient (privacy findings at warn or block), in order. */
export function noteRisks(note: string, settings?: Partial<Settings>): NoteRisk[] {
  if (!note.trim()) return [];
  return analyze(note, settings, { hashtags: false })
    .findings.filter((f) => f.category === 'privacy' && f.severity !== 'info')
    .map((f) => ({ quote: note.slice(f.start, f.end).trim(), message: f.message }));
}

/** One sentence for the page: "“Maria Alvarez” (patient name), “bed 7” (room or bed number)". */
export function describeRisks(risks: NoteRisk[]): string {
  return risks.map((r) => `“${r.quote}” (${r.message.charAt(0).toLowerCase()}${r.message.slice(1)})`).join(', ');
}
