// Promotion without a disclosure: codes, discounts, affiliate links, "link in bio", "ask your doctor
// about <Brand>", gushing about a product. Candidates and cue weights live in ../../professionalism.
import { detectWithCompanions } from '../../professionalism/model.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

/** Once the post is judged promotional, every selling element in it is pointed out. */
const SELLING = new Set(['code', 'discount', 'ref-link', 'url', 'call-to-action', 'ask-for-brand']);

const MESSAGE = 'Promotion without a disclosure: say what ties you to it (e.g. "#ad" or "Disclosure: I consult for …")';

export const rule: Rule = {
  id: 'professionalism/undisclosed-promotion',
  category: 'professionalism',
  severity: 'warn',
  description: 'Promotion of a product, company, paid service or code with no disclosure.',
  why: 'Professional guidance asks physicians to disclose conflicts of interest in every such post.',
  check(doc: Document): RawFinding[] {
    const found = detectWithCompanions(doc, 'promotion', SELLING);
    if (!found.length) return [];
    const out: RawFinding[] = found.map((c) => ({ start: c.start, end: c.end, message: MESSAGE }));
    // The fix: "#ad" at the start of the post, offered on its first word. A tag that opens the post
    // is a whole disclosure (the FTC's own example), where "Disclosure: " before the post's first
    // words said nothing and left the author to finish it.
    const first = /[^\s]+/.exec(doc.text);
    if (first && first.index + first[0].length <= found[0]!.start) {
      out.unshift({
        start: first.index,
        end: first.index + first[0].length,
        message: 'Promotional post: mark it as an ad, or say what ties you to it',
        fix: { replacement: `#ad ${first[0]}` },
      });
    } else if (first) {
      out[0] = { ...out[0]!, fix: { replacement: `#ad ${doc.text.slice(found[0]!.start, found[0]!.end)}` } };
    }
    return out;
  },
};
