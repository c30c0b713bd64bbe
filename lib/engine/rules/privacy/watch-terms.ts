// The author's own watch list: local facility, unit and place names they want flagged.
import type { Document, RawFinding, Rule } from '../../types.ts';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const rule: Rule = {
  id: 'privacy/watch-terms',
  category: 'privacy',
  severity: 'block',
  description: 'Terms on your watch list: your facility, unit and town names.',
  why: 'You listed this as a local name that could place a patient.',
  check(doc: Document): RawFinding[] {
    const terms = doc.settings.watchTerms.filter((t) => t.trim());
    if (!terms.length) return [];
    // One alternation of literal terms, longest first; literals cannot backtrack badly.
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...terms].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
    const out: RawFinding[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length, message: 'On your watch list', ...(doc.context.patientCase ? {} : { severity: 'warn' as const }), fix: { replacement: 'our hospital' } });
    }
    return out;
  },
};
