// A link with (almost) no words around it: readers don't know why to click.
import { inEntity } from '../../phrases.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

const MIN_WORDS = 4;

export const rule: Rule = {
  id: 'clarity/bare-link',
  category: 'clarity',
  severity: 'info',
  description: 'A link with fewer than four words of context.',
  why: 'Say what the link is and why it matters; bare links look like spam and get fewer clicks.',
  check(doc: Document): RawFinding[] {
    const urls = doc.entities.filter((e) => e.kind === 'url');
    if (!urls.length) return [];
    let prose = 0;
    for (const w of doc.words) {
      if (inEntity(doc, w.start, w.end)) continue;
      if (/\p{L}/u.test(w.text) && ++prose >= MIN_WORDS) return [];
    }
    return urls.map((e) => ({ start: e.start, end: e.end, message: 'Add a sentence saying what this link is' }));
  },
};
