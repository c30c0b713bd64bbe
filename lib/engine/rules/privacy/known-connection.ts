// A patient told by their tie to someone the readers know: "the pastor's granddaughter", "the
// sister of our CMO", "the ex-husband of one of our nurses", "my niece's best friend's grandma".
// Someone known by a role, and their family ("the mayor's mother-in-law", "the tribal chairman's
// daughter", "the hospital CEO's mother": in the labelled, outside and read drafts, 42 risky drafts
// and no clean one hold one) are flagged in any post but an announcement, told as a story or not.
import { COMMUNITY_ROLES, OWN_COMMUNITY_ROLES } from '../../data/connections.ts';
import { COMMON_OCCUPATIONS, PUBLIC_FIGURE_WORDS, STAFF_ROLES, UNUSUAL_OCCUPATIONS } from '../../data/packed/lists.ts';
import { gap } from '../../phrases.ts';
import type { Document, RawFinding, Rule, Word } from '../../types.ts';
import { RELATIVES, STAFF } from '../../privacy/name-lexicon.ts';

// Roles of one word: the community's, the staff's, public figures and trades ("the CEO's mother", "the
// farmer's wife"). "The cobbler's children" is a proverb.
const ROLES = new Set([...COMMUNITY_ROLES, ...[...STAFF_ROLES, ...PUBLIC_FIGURE_WORDS, ...COMMON_OCCUPATIONS, ...UNUSUAL_OCCUPATIONS].filter((r) => /^[a-z]{3,}$/.test(r) && r !== 'cobbler')]);
const OWN_ROLES = new Set([...OWN_COMMUNITY_ROLES, ...OWN_COMMUNITY_ROLES.map((r) => `${r}s`)]);
/** Words that may stand between "my" and a role: "my old high school chemistry teacher", "my 4th grade teacher", "my year 9 maths teacher", "my kid's Little League coach". */
const MODIFIER = /^(?:\p{L}\p{Ll}*|\d{1,2}(?:st|nd|rd|th)?)$/u;
// Compared as strings: most words are neither, and a comparison spares hashing each into a set.
/** "our CMO", "my niece": anyone of the author's own circle. */
const isOwn = (w: string) => w === 'our' || w === 'my';
/** Groups that are one community: "from my own church", "from our own ward", "from my own running club". */
const CIRCLES = new Set([
  'church', 'mosque', 'temple', 'synagogue', 'gurdwara', 'parish', 'congregation', 'club', 'team', 'squad', 'league',
  'neighborhood', 'neighbourhood', 'street', 'road', 'block', 'building', 'village', 'town', 'estate', 'school', 'class',
  'house', 'station', 'crew', 'ward', 'unit', 'department', 'gym',
]);
/** A staff role or its plural ("nurse", "midwives", "scrub techs"). */
const isStaff = (w: string) => STAFF.has(w) || STAFF.has(w.replace(/ves$/, 'fe').replace(/s$/, ''));
/** "the pastor", "a nurse": someone particular, when a role says who ("the kid's mom" is only family). */
const isParticular = (w: string) => w === 'the' || w === 'a' || w === 'an';
/** "Dr. Ibekwe's mum", "Prof Khanna's wife": a colleague named by title, whose relative is the patient. */
const TITLES = new Set(['dr', 'doctor', 'prof', 'professor', 'sister', 'matron', 'consultant']);
const SURNAME_POSSESSIVE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?['’]s$/u;

/**
 * The number of words (1 or 2) of the person word at i ("sister", "best friend"; `possessive`:
 * "pastor's"), or 0; `rolesOnly`: a role, not a relative.
 */
function personAt(words: readonly Word[], i: number, possessive: boolean, rolesOnly: boolean): number {
  const w = words[i];
  if (!w) return 0;
  const strip = (s: string) => (!possessive ? s : s.endsWith("'s") ? s.slice(0, -2) : '');
  const one = strip(w.lower);
  if (one && (ROLES.has(one) || (!rolesOnly && RELATIVES.has(one)))) return 1;
  const next = words[i + 1];
  if (rolesOnly || !next || next.sentence !== w.sentence) return 0;
  const two = strip(next.lower);
  return two && RELATIVES.has(`${w.lower} ${two}`) ? 2 : 0;
}

/**
 * "the school principal's daughter", "the high school principal's kid": how many plain words (0 to 2)
 * from k name the place of a role in the possessive after them.
 */
function placeWords(words: readonly Word[], k: number, sentence: number): number {
  for (let n = 1; n <= 2; n++) {
    const role = words[k + n];
    if (!role || role.sentence !== sentence) return 0;
    // A possessive first (most words after "the" are none): the patterns wait for one.
    if (!/['’]s$/.test(role.lower)) continue;
    for (let j = k; j < k + n; j++) if (!/^\p{Ll}+$/u.test(words[j]!.text) || personAt(words, j, true, true)) return 0;
    return personAt(words, k + n, true, true) ? n : 0;
  }
  return 0;
}

export const rule: Rule = {
  id: 'privacy/known-connection',
  category: 'privacy',
  severity: 'info',
  description: 'A patient told by their tie to someone readers know (the pastor’s granddaughter, the mayor’s son, the sister of our CMO).',
  why: 'Everyone who knows the pastor or the colleague knows who the patient is.',
  check(doc: Document): RawFinding[] {
    const { patientCase: story, announcement } = doc.context;
    if (!story && announcement) return [];
    const { words } = doc;
    const out: RawFinding[] = [];
    const add = (first: number, last: number, floor?: 'warn') => out.push({ start: words[first]!.start, end: words[last]!.end, message: 'Tie to someone readers know', quasi: 'family', ...(floor ? { floor } : {}) });
    const inSentence = (i: number, sentence: number) => words[i]?.sentence === sentence;
    for (let i = 0; i < words.length; i++) {
      const det = words[i]!.lower;
      // Outside a story only a role's relative counts ("the mayor's mother-in-law complaining about the wait").
      if (!story && det !== 'the') continue;
      // A titled colleague's relative: the title, the name in the possessive, then the relative.
      if (TITLES.has(det) && SURNAME_POSSESSIVE.test(words[i + 1]?.text ?? '') && words[i + 1]!.sentence === words[i]!.sentence) {
        const rel = personAt(words, i + 2, false, false);
        if (rel && RELATIVES.has(words.slice(i + 2, i + 2 + rel).map((w) => w.lower).join(' ')) && inSentence(i + 1 + rel, words[i]!.sentence)) {
          add(i, i + 1 + rel);
          i += 1 + rel;
          continue;
        }
      }
      // "a 19-year-old from my own church", "a 71yo from my own running club": the author's own circle.
      if ((isOwn(det) || det === 'your') && words[i - 1]?.lower === 'from' && words[i + 1]?.lower === 'own') {
        let j = i + 2;
        while (j < i + 4 && inSentence(j, words[i]!.sentence) && /^\p{Ll}+$/u.test(words[j]!.text) && gap(doc, j - 1) === ' ') j++;
        if (j > i + 2 && CIRCLES.has(words[j - 1]!.lower)) {
          add(i - 1, j - 1);
          i = j - 1;
          continue;
        }
      }
      // A colleague as the patient: "our own charge nurse", "one of our own theatre nurses", "one of our own".
      if (det === 'our' && words[i + 1]?.lower === 'own') {
        const sentence = words[i]!.sentence;
        let j = i + 2;
        while (j < i + 5 && inSentence(j, sentence) && !isStaff(words[j]!.lower) && /^\p{L}+$/u.test(words[j]!.text) && !isOwn(words[j]!.lower)) j++;
        const oneOf = words[i - 1]?.lower === 'of' && words[i - 2]?.lower === 'one';
        if (inSentence(j, sentence) && isStaff(words[j]!.lower)) {
          // "our own charge nurse": a role of two words whole.
          if (inSentence(j + 1, sentence) && isStaff(`${words[j]!.lower} ${words[j + 1]!.lower}`)) j++;
          add(oneOf ? i - 2 : i, j);
          i = j;
          continue;
        }
        if (oneOf && /^\s*(?:[,.;:!?)—–-]|$)/.test(doc.text.slice(words[i + 1]!.end, words[i + 1]!.end + 3))) {
          add(i - 2, i + 1);
          i++;
          continue;
        }
      }
      // "your kid's orthodontist" as the author's own: "your" only before a relative in the possessive.
      const next = words[i + 1]?.lower ?? '';
      const own = isOwn(det) || (det === 'your' && next.endsWith("'s") && RELATIVES.has(next.slice(0, -2)));
      if (!own && !isParticular(det)) continue;
      const sentence = words[i]!.sentence;
      // "the pastor's granddaughter", "my niece's best friend's grandma": possessives, then a person.
      let k = i + 1;
      if (!own && !personAt(words, k, true, true)) k += placeWords(words, k, sentence);
      let held = 0;
      for (let n = personAt(words, k, true, !own && held === 0); n > 0 && inSentence(k + n - 1, sentence); n = personAt(words, k, true, false)) {
        k += n;
        held++;
      }
      const head = held ? personAt(words, k, false, false) : 0;
      if (head && inSentence(k + head - 1, sentence)) {
        // "the mayor's mother-in-law": someone particular's family (not "a resident's mom", anyone's;
        // not "the senator's doctors", a role's role).
        const family = det === 'the' && RELATIVES.has(words.slice(k, k + head).map((w) => w.lower).join(' '));
        if (family || story) add(i, k + head - 1, family ? 'warn' : undefined);
        i = k + head - 1;
        continue;
      }
      if (!story) continue;
      // "my 4th grade teacher", "one of my old primary school teachers", "our pastor": the author's own;
      // "my kid's Little League coach", "my son's preschool teacher": the author's family's.
      if (own) {
        let j = k;
        while (j < k + 4 && inSentence(j, sentence) && !OWN_ROLES.has(words[j]!.lower) && MODIFIER.test(words[j]!.text) && !ROLES.has(words[j]!.lower) && !RELATIVES.has(words[j]!.lower)) j++;
        if (inSentence(j, sentence) && OWN_ROLES.has(words[j]!.lower)) {
          add(i, j);
          i = j;
          continue;
        }
      }
      // "the sister of our CMO", "the ex-husband of one of our nurses", "the mother of the bride".
      const rel = personAt(words, i + 1, false, false);
      let j = i + 1 + rel;
      if (!rel || words[j]?.lower !== 'of') continue;
      j++;
      if (words[j]?.lower === 'one' && words[j + 1]?.lower === 'of') j += 2;
      const holderDet = words[j]?.lower ?? '';
      const holderOwn = isOwn(holderDet);
      if (!holderOwn && !isParticular(holderDet)) continue;
      const holder = personAt(words, j + 1, false, !holderOwn);
      if (!holder || !inSentence(j + holder, sentence)) continue;
      add(i, j + holder);
      i = j + holder;
    }
    return out;
  },
};
