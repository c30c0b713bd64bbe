// Tattoos, birthmarks and other unique marks, and striking body descriptions or family details
// ("6'8\", 340 lb", "mom of three", "24-week twins") that single out a patient.
import { Coverage, matches, matchesNotAfter } from '../../phrases.ts';
import type { Document, QuasiKind, RawFinding, Rule } from '../../types.ts';
import { gate, gated, hasDigit } from '../../privacy/text-facts.ts';

const MARKS = /\b(?:tattoos?|tatts?|birthmarks?|port[- ]wine stain|piercings?|branding|scarification|prosthetic eye|glass eye|gold tooth|gold teeth)\b/gi;
const BODY = /(?:\d'\d{1,2}"?|\d{3} ?(?:lb|lbs|pounds)\b|\d ?ft \d{1,2}(?: ?in)?)/g;
const FAMILY = /\b(?:(?:mom|mother|dad|father|mum|parent|grandmother|grandfather|grandma|grandpa) of (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|twins|triplets)|(?:twins|triplets|quadruplets|quintuplets|conjoined)\b|her (?:husband|wife), the\b|his (?:husband|wife), the\b|widow(?:er)? of\b)/iy;
// What every match of FAMILY holds, in its first word or the next (text-facts.ts gated).
const FAMILY_WORDS = gate('mom|mother|dad|father|mum|parent|grand|twins|triplets|quadruplets|quintuplets|conjoined|husband|wife|widow');
const PRETERM = /\b\d{2}[- ]week(?:er)?s?(?: (?:twins|triplets|preemies?|baby|babies|infant|girl|boy))?\b|\bborn at \d{2} weeks\b|\b\d lbs? \d{1,2} oz\b/gi;

/** A match's start and text: a pattern's, or one read off the words. */
type Found = Pick<RegExpExecArray, 'index' | 0>;

// "the llama guy", "the lollipop lady", "the choir kid": a patient known by one detail of their life.
const PERSON = new Set(['guy', 'lady', 'man', 'woman', 'fella', 'bloke', 'kid', 'boy', 'girl']);
// Words before a person that describe nobody in particular ("the little guy", "the same lady", "the wrong kid").
const PLAIN = new Set([
  'little', 'young', 'old', 'older', 'younger', 'elderly', 'same', 'other', 'wrong', 'right', 'next', 'last', 'first',
  'second', 'third', 'new', 'poor', 'sweet', 'lovely', 'nice', 'kind', 'tall', 'short', 'big', 'small', 'tiny', 'sick',
  'unresponsive', 'tough', 'brave', 'best', 'only', 'whole', 'real', 'dear', 'happy', 'sad', 'angry', 'good', 'bad',
  'cute', 'funny', 'quiet', 'grumpy', 'lucky', 'injured', 'dead', 'dying', 'confused', 'birthday', 'average', 'typical',
  'random', 'nicest', 'kindest', 'sweetest', 'a', 'an', 'one', 'that', 'this', 'very', 'bearded', 'position', 'delivery',
]);

/** "the llama guy": the, a plain lower-case word that is no PLAIN one, a person; "-est" only before a place ("the tallest man in Jasper County"). */
function knownByDetail(doc: Document): Found[] {
  const { words, text } = doc;
  const out: Found[] = [];
  for (let i = 2; i < words.length; i++) {
    if (!PERSON.has(words[i]!.lower)) continue;
    const det = words[i - 2]!, mod = words[i - 1]!;
    if (det.lower !== 'the' || det.sentence !== words[i]!.sentence || !/^\p{Ll}[\p{Ll}-]+$/u.test(mod.text) || PLAIN.has(mod.lower)) continue;
    if (text.slice(det.end, mod.start) !== ' ' || text.slice(mod.end, words[i]!.start) !== ' ') continue;
    if (mod.lower.endsWith('est') && !/^ (?:in|on|at|of) /.test(text.slice(words[i]!.end, words[i]!.end + 4))) continue;
    out.push({ index: det.start, 0: text.slice(det.start, words[i]!.end) });
  }
  return out;
}

export const rule: Rule = {
  id: 'privacy/distinctive-features',
  category: 'privacy',
  severity: 'info',
  description: 'Tattoos, unique marks, striking body descriptions and family details of a patient.',
  why: 'A tattoo or an unusual detail is recognisable to anyone who knows the patient.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase && doc.context.announcement) return [];
    const out: RawFinding[] = [];
    const cover = new Coverage(doc.text.length);
    const add = (found: readonly Found[], message: string, quasi: QuasiKind, severity?: 'warn') => {
      for (const m of found) {
        if (!cover.take(m.index, m.index + m[0].length)) continue;
        out.push({ start: m.index, end: m.index + m[0].length, message, quasi, ...(severity ? { severity } : {}) });
      }
    };
    // Each pattern only where the text holds what its every match holds (BODY and PRETERM a digit).
    const digits = hasDigit(doc);
    if (doc.context.patientCase) add(matches(doc.text, MARKS), 'Tattoo or unique mark', 'description', 'warn');
    if (digits) add(matchesNotAfter(doc.text, BODY, /[\d.]/), 'Striking body description', 'description');
    add(gated(doc, FAMILY, FAMILY_WORDS, 1), 'Family detail', 'family');
    if (doc.context.patientCase && digits) add(matches(doc.text, PRETERM), 'Birth detail', 'age');
    add(knownByDetail(doc), 'Known by a detail', 'description');
    return out.sort((a, b) => a.start - b.start);
  },
};
