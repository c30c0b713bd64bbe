// A public figure, official or unusual occupation as a patient: "the mayor", "a pro goalie",
// "the only alpaca shearer in the county", "a glassblower". Common jobs count only as a detail. And
// someone a small place knows by what they run, or as its only one: "the lady who runs the bakery on
// Main", "the only pt in our town" (in the learning drafts and the outside sets, 28 drafts, all risky).
import { ATHLETE_LEVELS, SPORT_ROLES } from '../../data/occupations.ts';
import { COMMON_OCCUPATIONS, PUBLIC_FIGURE_WORDS, UNUSUAL_OCCUPATIONS } from '../../data/packed/lists.ts';
import { buildPhraseIndex, Coverage, findPhrases } from '../../phrases.ts';
import { gate, gated } from '../../privacy/text-facts.ts';
import { petNamesIn, toldOfSomeone } from '../../privacy/name-lexicon.ts';
import type { Document, RawFinding, Rule } from '../../types.ts';

// "the mayor's son", "the councilwoman's husband": possessive forms count too.
const ATHLETES = ATHLETE_LEVELS.flatMap((level) => SPORT_ROLES.flatMap((role) => [`${level} ${role}`, `${level} ${role}'s`]));
const PUBLIC = buildPhraseIndex([...PUBLIC_FIGURE_WORDS, ...PUBLIC_FIGURE_WORDS.filter((w) => !w.includes(' ') && !w.endsWith("'s")).map((w) => `${w}'s`), ...ATHLETES]);
// "the linebacker's wife", "the weather presenter's crisis": possessives too.
const UNUSUAL = buildPhraseIndex([...UNUSUAL_OCCUPATIONS, ...UNUSUAL_OCCUPATIONS.map((w) => `${w}'s`)]);
const COMMON = buildPhraseIndex(COMMON_OCCUPATIONS);
// "the only", "the town's only", "the" (then one more word: "only female firefighter", "Lutheran pastor").
const ONLY_BEFORE = /\b(?:(town|county|village|island|city|parish|valley|state|district)['’]s|the|our) (only )?(?:[\p{L}-]+ )?$/iu;
// Where the only one is: "in our town", "on the island", "on Eilean Fada"; "the pastor" only "in town".
const IN_PLACE = /^ (?:in|on) (?:(?:(?:our|the|this|my) )?(?:town|county|village|island|parish|valley|area|district|state|region)\b|\p{Lu})/u;
const IN_TOWN = /^ in (?:our )?(?:town|the village)\b/;
const SELF_ONLY = /\b(?:i'm|i’m|im|i am|as|we're|we are)\s*$/i;
// Someone known by what they run in a small place: "the guy who runs the taco truck outside Station 9",
// "the lady who runs the bakery on Main", "a man who's driven the only taxi in our village", "the lady
// who has played organ at every funeral in our town", "twin sisters who run the bakery on the square".
const RUNS = /\b(?:(?:the|a|our) )?(?:(?:twin )?(?:sisters|brothers)|couple|family|guy|lady|man|woman|gentleman|fella|bloke|uncle|aunty|auntie|one|owner) (?:who|that)(?:['’]s| has| had)? (?:runs?|ran|owns?|owned|drives|driven|works|plays|played|sings|sang|coaches|coached|teaches|taught|sells)(?: [^\s,.;:!?()—–]+){1,6}/iuy;
// "the only patient in Vermont", "the only pt in our town", "the only nursing home in Pinedale" (IN_PLACE after).
// A sentence may open on it: "Only pediatric MS case in our county this year".
const ONLY = /\b(?:the |(?<=(?:^|[.!?\n]) ?))only (?!(?:way|thing|time|one|day)\b)(?:[\p{L}-]+ ){0,2}?[\p{L}-]+(?= (?:in|on) )/iuy;
// Someone who holds a place in a group: "the lead soprano of our campus a cappella group", "the captain
// of the Sea Witch", "the deputy head of our local primary" (in the read drafts, 16 risky, 1 clean).
const HEAD_OF = /\bthe (?:[\p{L}-]+ )?(?:captain|president|chair(?:man|woman)?|leader|lead|head|coach|founder|conductor|organist|soprano|tenor|drummer|singer|guitarist|mascot|quarterback|goalie|striker|owner|manager|secretary|treasurer|pastor|principal|mayor) of (?:our|the|my|this)(?: (?!(?:in|at|on|and|to|for|with|who|is|was|has|had|came|got|went)\b)[^\s,.;:!?()—–]+){1,4}/iuy;
// A word of each pattern: each match starts at most four words before one (text-facts.ts gated).
const KNOWN_WORDS = gate('only|run|ran|own|drive|works|play|sings|sang|coach|teaches|taught|sells|retired|worked|captain|president|chair|lead|head|founder|conductor|organist|soprano|tenor|drummer|singer|guitarist|mascot|quarterback|goalie|striker|manager|secretary|treasurer|pastor|principal|mayor');
// A former trade is still one: "a retired shearer", "the retired bus conductor from Moratuwa", "retired
// Army colonel" (in the labelled and outside drafts, 72 such in risky drafts, 6 in clean ones). One to
// three words, up to a word that starts what follows.
const RETIRED = /\bretired (?:(?!(?:from|of|with|who|in|at|on|and|to|for|after|early|last|now|this|but|is|was|the|a|an|since|because|when|yesterday|today)\b)[\p{L}'’-]+(?: |$)){1,3}/iuy;
// Where someone works: "mom works at the dollar general on 3rd", "works at the meatpacking plant".
// (Not "works for me", not the author's team: "our team worked in the relief camps".)
const WORKS_AT = /\bwork(?:s|ed) (?:at|in) (?:the|our) (?:(?!(?:and|but|so|for|with|since|when|who|to|in|on|at|of|the|a|this|last|every|all)\b)[\p{L}'’-]+(?: |(?=[,.;!?)]|$))){1,4}/iuy;
const TEAM_BEFORE = /\b(?:i|we|our team|my team|i've|we've|i have|we have)\s*$/i;
// The author's own family ("my dad, a retired GP"): no patient told of.
const OWN_FAMILY_BEFORE = /\bmy (?:\w+ )?(?:father|dad|mum|mom|mother|grandfather|grandpa|grandmother|grandma|nan|husband|wife|uncle|aunt|thaththa|appa|amma)\b[^.!?]{0,14}$/i;
// A workplace and a former trade, each with what before it says it is no patient's (the text's 40
// characters before the match).
const TRADES = [
  { re: WORKS_AT, message: 'Workplace', notOf: (before: string) => TEAM_BEFORE.test(before.slice(-12)) },
  { re: RETIRED, message: 'Occupation', notOf: (before: string) => SELF_ONLY.test(before) || OWN_FAMILY_BEFORE.test(before) },
];
// Words before a verb: a public figure's word after them is the verb ("don't anchor on the first diagnosis").
const VERB_BEFORE = new Set(["don't", 'dont', 'do', 'not', 'to', 'never', "didn't", "can't", 'will', "won't", 'should', 'must', 'we', 'you', 'they']);
// The author speaking of themself: "I'm a paramedic", "as a pediatrician".
const SELF_BEFORE = new Set(['i', "i'm", 'im', 'am', 'as', 'me', 'we', "we're", 'fellow', 'our', 'my', 'your', 'future', 'aspiring', 'dear']);

export const rule: Rule = {
  id: 'privacy/notable-person',
  category: 'privacy',
  severity: 'warn',
  description: 'A celebrity, official, athlete, unusual occupation or one of a kind in a small place as a patient.',
  why: 'Few people hold such a role; "can\'t say who" still tells the whole town.',
  check(doc: Document): RawFinding[] {
    const { patientCase, announcement } = doc.context;
    if (!patientCase && announcement) return [];
    const out: RawFinding[] = [];
    const third = (first: number) => {
      const prev = first > 0 ? doc.words[first - 1]!.lower : '';
      return !SELF_BEFORE.has(prev);
    };
    // "the mayor", "a certain morning anchor" told about someone (he/she) reads as a patient.
    // (Asked only when a public figure is found.)
    const person = () => toldOfSomeone(doc);
    // What is found so far, so an occupation checks overlap in constant time.
    const taken = new Coverage(doc.text.length);
    for (const m of findPhrases(doc, PUBLIC)) {
      // "don't anchor", "to host": a verb, no one.
      if (!third(m.first) || (m.end === m.first + 1 && VERB_BEFORE.has(m.first > 0 ? doc.words[m.first - 1]!.lower : ''))) continue;
      // "the mayor", "a certain anchor", "the Olympic silver medalist": a determiner just before.
      const before = [m.first - 1, m.first - 2].map((k) => (k >= 0 ? doc.words[k]!.lower : ''));
      const particular = before.some((w) => /^(?:the|a|an|our|that|this|certain|local|famous)$/.test(w));
      // Told as a patient, or only mentioned: the candidate model weighs the rest of the post.
      const direct = patientCase || (particular && person());
      out.push({ start: m.start, end: m.stop, message: direct ? 'Public figure as a patient' : 'Public figure mentioned' });
      taken.fill(m.start, m.stop);
    }
    for (const m of findPhrases(doc, UNUSUAL)) {
      // Capitalised before a capitalised word, the trade is a name's first word: "Royal Kestrel", "Royal Navy".
      if (/\p{Lu}/u.test(doc.text[m.start]!) && /^ \p{Lu}/u.test(doc.text.slice(m.stop, m.stop + 2))) continue;
      if (!third(m.first) || !taken.take(m.start, m.stop)) continue;
      out.push({ start: m.start, end: m.stop, message: 'Unusual occupation', severity: 'info', quasi: 'occupation' });
    }
    // (Outside a patient's story only a draft with "only" or "in town" needs the occupations.)
    // In a post about a named pet, a vet is its veterinarian ("our cat Mr. Pickens bit every vet").
    const petVet = (start: number, stop: number) => petNamesIn(doc).words.size > 0 && /^vets?$/i.test(doc.text.slice(start, stop));
    for (const m of patientCase || /only|town|village/i.test(doc.text) ? findPhrases(doc, COMMON) : []) {
      if (petVet(m.start, m.stop)) continue;
      // "the county's only female firefighter", "the only vet in our town", "the pastor in town": one
      // person in the place ("I'm the only midwife on the island" is the author).
      const before = doc.text.slice(Math.max(0, m.start - 40), m.start);
      const only = ONLY_BEFORE.exec(before);
      if (only && ((only[1] && only[2]) || (only[2] ? IN_PLACE : IN_TOWN).test(doc.text.slice(m.stop, m.stop + 40))) && !SELF_ONLY.test(before.slice(0, only.index)) && taken.take(m.start, m.stop)) {
        out.push({ start: m.start, end: m.stop, message: 'The only one of their kind in a place', floor: 'warn', quasi: 'occupation' });
        continue;
      }
      if (!patientCase || !third(m.first) || !taken.take(m.start, m.stop)) continue;
      out.push({ start: m.start, end: m.stop, message: 'Occupation', severity: 'info', quasi: 'occupation' });
    }
    for (const { re, message, notOf } of patientCase ? TRADES : [])
      for (const m of gated(doc, re, KNOWN_WORDS, 0)) {
        const end = m.index + m[0].trimEnd().length;
        if (notOf(doc.text.slice(Math.max(0, m.index - 40), m.index)) || !taken.take(m.index, end)) continue;
        out.push({ start: m.index, end, message, severity: 'info', quasi: 'occupation' });
      }
    for (const re of [RUNS, ONLY, HEAD_OF])
      for (const m of gated(doc, re, KNOWN_WORDS, 4)) {
        let end = m.index + m[0].length;
        if (re === ONLY) {
          const place = IN_PLACE.exec(doc.text.slice(end, end + 40));
          if (!place) continue;
          // (To the end of the place's first word: the pattern stops at its capital.)
          for (end += place[0].length; /\p{L}/u.test(doc.text[end] ?? ''); ) end++;
        }
        if (SELF_ONLY.test(doc.text.slice(Math.max(0, m.index - 12), m.index)) || !taken.take(m.index, end)) continue;
        out.push({ start: m.index, end, message: 'Known in their community', quasi: 'occupation', ...(patientCase ? { floor: 'warn' as const } : {}) });
      }
    return out.sort((a, b) => a.start - b.start);
  },
};
