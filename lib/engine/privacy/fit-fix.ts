// Fits a privacy rule's fix to the sentence around it, so the fixed post reads as a sentence:
// "in bed 9 turned 100" loses "in" with the bed, "on 3rd March" becomes "recently", "in Sparkhill"
// becomes "nearby", "(J.K., DOB 4/11/1961)" becomes "(J.K.)". Where no replacement fits the words
// around it ("the Mercy West portable stamp", "at Kessler & Moyo"), there is no fix: a fix is exact
// or none at all, and the author edits by hand. Rules say what to replace; this says where it fits.
import type { Fix } from '../types.ts';
import { RELATIVES } from './name-lexicon.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'our', 'my', 'his', 'her', 'their', 'your', 'its', 'every', 'each']);
// Prepositions that go with a place or a time and leave with it ("in bed 9", "on 3rd March").
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'on', 'near', 'around', 'inside', 'outside', 'to', 'into']);
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during']);
const PREPOSITIONS = new Set([
  ...PLACE_PREPOSITIONS, ...TIME_PREPOSITIONS,
  'for', 'of', 'with', 'since', 'until', 'till', 'before', 'after', 'by', 'from', 'about', 'via', 'per', 'like', 'than', 'between',
]);
// Replacements that are adverbs: they take the place of the preposition as well.
const ADVERBS = new Set(['nearby', 'recently']);
// Words after which "to" names a person: thanks, a shout-out, a call, a card.
const RECIPIENT_BEFORE = new Set(['thanks', 'thank', 'shoutout', 'out', 'congrats', 'congratulations', 'grateful', 'call', 'card', 'letter', 'note', 'message', 'hello', 'cheers']);
// Words that may follow a noun phrase ("at our hospital for a week") besides prepositions, its verb
// among them ("Two kids from Little Sprouts Daycare came in"); another lower-case word right after a
// place means it was a modifier ("LED ones").
const AFTER_NOUN = new Set([
  'and', 'or', 'but', 'so', 'when', 'where', 'who', 'which', 'that', 'is', 'was', 'were', 'has', 'had', 'will', 'today', 'yesterday', 'tonight', 'last', 'this', 'again', 'then', 'as',
  'came', 'comes', 'got', 'went', 'brought', 'fell', 'ran', 'took', 'left', 'sent', 'said', 'told', 'are', 'have', 'did', 'can', 'could', 'would',
]);
/** A past tense in -ed after a place is its verb too ("… collapsed", "… arrived"). */
const pastTense = (w: string) => w.length > 4 && w.endsWith('ed');

const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /[ \t]/;
const CLOSING = /[,.;:!?)\]”"'’—–]/;
const SEPARATOR = /[,;:(—–-]/;
// A title right before the span: replacing what follows would leave it dangling ("Ms. nearby").
// So would a name joined to another before it ("Keller & Vance", "Mr & Mrs Delacroix").
const TITLE_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sr|Mdm|Mme|St|Mt)\.?|&)[ \t]*$/;

/** The word before `at` (lower case) and where it starts, skipping one run of spaces; null at a line start. */
function wordBefore(text: string, at: number): { word: string; start: number } | null {
  if (at === 0 || !SPACE.test(text[at - 1]!)) return null;
  const end = spacesBefore(text, at);
  let i = end;
  while (i > 0 && LETTER.test(text[i - 1]!)) i--;
  return i < end ? { word: text.slice(i, end).toLowerCase(), start: i } : null;
}

/** The hyphenated word before `at` ("sister-in-law"), lower case; '' when there is none. */
function hyphenatedBefore(text: string, at: number): string {
  return /([\p{L}-]+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase() ?? '';
}

/** Where the first character after `at` that is not a space or tab stands. Bounded by the spaces, not the text. */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && SPACE.test(text[i]!)) i++;
  return i;
}

/** Where the run of spaces and tabs that ends at `at` starts. */
function spacesBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && SPACE.test(text[i - 1]!)) i--;
  return i;
}

/** Text from `k` on starts the post, a sentence or a clause after a colon. */
const opens = (text: string, k: number) => k === 0 || /[.!?:\n]/.test(text[k - 1]!);

/** The word starting at `at` (as written); '' when punctuation or the end comes first. */
function wordAt(text: string, at: number): string {
  let j = at;
  while (j < text.length && LETTER.test(text[j]!)) j++;
  return text.slice(at, j);
}

/**
 * The fix for text[start, end) that reads well where it stands: the same fix, one that also takes
 * a preposition or a separator beside it (with its own start/end), or undefined when none fits.
 */
export function fitFix(text: string, start: number, end: number, fix: Fix): Fix | undefined {
  // A span that starts or ends inside a word cannot be replaced cleanly.
  const cut = (a: number, b: number) => a >= 0 && b < text.length && LETTER.test(text[a]!) && LETTER.test(text[b]!);
  if (cut(start - 1, start) || cut(end - 1, end)) return undefined;
  const r = fix.replacement;
  // A bracketed mask ("[name removed]") reads anywhere, before a date or another name too.
  if (r.startsWith('[')) return fix;
  if (r !== '' && TITLE_BEFORE.test(text.slice(Math.max(0, start - 6), start))) return undefined;
  const before = wordBefore(text, start);
  const after = skipSpaces(text, end);
  if (r === '') return fitRemoval(text, start, end, before, after);
  // The name began before the span ("Grace Amoah" with only "Amoah" found): replacing part of it
  // leaves "Grace a patient". A capital that opens the sentence ("Saw Joy", "😀 Saw Mrs. Hollis") is
  // no part of it: only one after a word is.
  if (before && /^\p{Lu}/u.test(text.slice(before.start, before.start + 1)) && /[\p{L}\p{N},;][ \t]*$/u.test(text.slice(Math.max(0, before.start - 4), before.start))) return undefined;
  const nextChar = text.charAt(after);
  const next = wordAt(text, after);
  const person = /^a patient$/i.test(r);
  // A lower-case word after the span that cannot follow a noun phrase: the span was a modifier
  // ("switch to LED ones", "Bonfire Night burns tally").
  const modifier = /^\p{Ll}/u.test(next) && !PREPOSITIONS.has(next) && !AFTER_NOUN.has(next) && !pastTense(next);
  // A possessive name keeps its "'s" ("Mrs. Goldfarb's 92nd" -> "a patient's 92nd"): the name has ended.
  const ownsS = /['’]s$/.exec(text.slice(start, end));
  const possessive = person ? ownsS : null;
  // A place in the possessive modifies what follows ("on Quarry Hill High's state team"): no place fits there.
  if (!possessive && ownsS && /^\p{Ll}/u.test(next)) return undefined;
  // The name goes on past the span ("Kessler & Moyo", "nearby CC"): no replacement fits.
  if (!possessive && (nextChar === '&' || /^\p{Lu}/u.test(next) || /^\d/.test(next))) return undefined;
  if (ADVERBS.has(r)) {
    // An adverb cannot stand before a noun ("Bonfire Night burns tally" is no "recently burns
    // tally", "on Diwali night" no "recently night"); a place can ("in Sparkhill five times a day").
    if (modifier && r === 'recently') return undefined;
    const preps = r === 'recently' ? TIME_PREPOSITIONS : PLACE_PREPOSITIONS;
    if (before && preps.has(before.word)) {
      const prior = wordBefore(text, before.start)?.word ?? '';
      // After thanks or a call, "to" names whom it goes to, not where ("Huge thanks to Aiyana").
      if (before.word === 'to' && RECIPIENT_BEFORE.has(prior)) return undefined;
      // "his house nearby in Millbrook" (the street already fixed): the town goes, "nearby" stays once.
      if (prior === r) return { replacement: '', start: before.start, end };
      return { replacement: r, start: before.start, end };
    }
    // "from nearby" reads; "for nearby", "since recently", "the nearby" do not; nor does an adverb
    // that opens a sentence in the span's place ("Eircode D08 XY54 on the sheet").
    if (modifier || (before ? (DETERMINERS.has(before.word) || PREPOSITIONS.has(before.word)) && !(r === 'nearby' && before.word === 'from') : opens(text, spacesBefore(text, start)))) return undefined;
    return fix;
  }
  // A noun phrase with its own determiner ("a patient", "our hospital", "the family") after a
  // determiner is no longer a sentence: "the a patient prop", "our our hospital".
  if (before && DETERMINERS.has(before.word) && DETERMINERS.has(r.split(' ', 1)[0]!.toLowerCase())) return undefined;
  // A person after "near", "in" or "at" was a place ("overturned near Kikuyu").
  if (person && before && ['near', 'in', 'at', 'around', 'inside', 'outside'].includes(before.word)) return undefined;
  // A place used as a modifier ("switch to LED ones"): only words that may follow a noun phrase.
  if (r === 'our hospital' && modifier) return undefined;
  // A name after the relative it names ("his wife Hanna", "her great-grandson Elijah") goes alone:
  // "his wife a patient" is no sentence, "his wife" is.
  if (person && !possessive && before && (RELATIVES.has(before.word) || RELATIVES.has(hyphenatedBefore(text, start)))) {
    return { replacement: '', start: spacesBefore(text, start), end };
  }
  // A name at the end, after a comma, is someone addressed ("We'll miss your laugh, Bernie."): drop it.
  if (person && /,[ \t]*$/.test(text.slice(Math.max(0, start - 3), start)) && /^[ \t]*(?:[.!?]|$)/.test(text.slice(end, end + 3))) {
    return { replacement: '', start: spacesBefore(text, start) - 1, end };
  }
  return possessive ? { ...fix, replacement: r + possessive[0] } : fix;
}

/** A removal that leaves no dangling preposition, doubled separator or space before punctuation; none that leaves a sentence without its subject. */
function fitRemoval(text: string, start: number, end: number, before: { word: string; start: number } | null, after: number): Fix | undefined {
  const nextChar = text.charAt(after);
  let s = start;
  // "Mrs Ifans in bed 9 turned 100" -> "Mrs Ifans turned 100"; "the profile with DOB 04-17-1962 is"
  // -> "the profile is": a preposition goes with what it introduced.
  if (before && PREPOSITIONS.has(before.word)) s = before.start;
  const k = spacesBefore(text, s);
  // A handle that opens the post is who it speaks to: it goes with the space after it.
  if (k === 0 && text[start] === '@') return { replacement: '', start: s, end: after };
  // At the start of the post, a sentence or a clause after a colon, the span was the subject
  // ("bay 3 just tried to leave", "ICU update: bed 9 is a 34yo"): what is left is no sentence.
  // So was one before a colon or a comma ("0215: stabbing"); a whole sentence goes with its full
  // stop ("red. Room 8. Pray" -> "red. Pray").
  const closes = nextChar === '' || CLOSING.test(nextChar);
  // All a bracket held goes with the brackets ("Mr. Yoshida (room 412) gave" -> "Mr. Yoshida
  // gave"); its first item with its comma ("(bed 3, our longest stay)" -> "(our longest stay)").
  if (text[k - 1] === '(' && /[),]/.test(nextChar)) {
    return nextChar === ')' ? { replacement: '', start: spacesBefore(text, k - 1), end: after + 1 } : { replacement: '', start: s, end: skipSpaces(text, after + 1) };
  }
  if (k > 0 && /[.!?]/.test(text[k - 1]!) && /[.!?]/.test(nextChar)) return { replacement: '', start: k, end: after + 1 };
  if (opens(text, k) && (closes || /^\p{Ll}/u.test(wordAt(text, after)))) return undefined;
  if (k > 0 && closes) {
    // "(J.K., DOB 4/11/1961)" -> "(J.K.)"; "Patient born 2/29/1932, a leap-day baby" -> "Patient, a leap-day baby".
    s = SEPARATOR.test(text[k - 1]!) && text[k - 1] !== '(' ? k - 1 : k;
    while (s > 0 && SPACE.test(text[s - 1]!) && SEPARATOR.test(text[k - 1]!)) s--;
  }
  // Between two words the span goes with the spaces before it: "pt @x just wrote" -> "pt just wrote".
  if (s === start && k < start && after > end) s = k;
  return s === start ? { replacement: '' } : { replacement: '', start: s, end };
}
