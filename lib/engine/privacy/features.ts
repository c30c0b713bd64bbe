// The cues a privacy candidate is weighed by: which rule proposed it and how (its message, its
// quasi kind), the shape and lexicon classes of its words, the classes of the words beside it,
// and the kind of post it sits in. Features are class names, never the words of a draft, so the
// fitted weights carry over to posts the model never saw. One pass over the candidates; each
// candidate looks at a fixed window of words, so the cost stays linear in the draft.
import { DEMONYMS } from '../data/demonyms.ts';
import { BIG_CITIES, COUNTRIES, US_STATES } from '../data/places.ts';
import { entityAt, startsSentence, toSet, wordIndexAt } from '../phrases.ts';
import type { Document, RawFinding, Rule } from '../types.ts';
import {
  COMMON_WORDS,
  EPONYM_SET,
  FIRST_NAMES,
  HISTORICAL,
  MONTHS_AND_DAYS,
  PATIENT_TITLES,
  PLACE_WORDS,
  PROFESSIONAL_TITLES,
  RELATIVES,
  STAFF,
} from './name-lexicon.ts';
import { DRAFT_CUES, WINDOW_CLASSES } from '../data/privacy-cues.ts';

export interface Candidate {
  rule: Rule;
  raw: RawFinding;
  /** Feature names; each present feature counts 1. */
  features: string[];
}

const REGIONS = toSet([...BIG_CITIES, ...US_STATES, ...COUNTRIES]);
const DEMONYM_SET = toSet(DEMONYMS);
const TITLES = toSet([...PATIENT_TITLES]);
const WINDOW = new Map<string, string>();
for (const [cls, words] of Object.entries(WINDOW_CLASSES)) for (const w of words) if (!WINDOW.has(w)) WINDOW.set(w, cls);
const DRAFT = new Map<string, string>();
for (const [cls, words] of Object.entries(DRAFT_CUES)) for (const w of words) DRAFT.set(w, cls);

/** The class of a word beside a candidate: a cue class, a lexicon class, or its shape. */
function wordClass(doc: Document, i: number): string {
  const w = doc.words[i];
  if (!w) return 'none';
  const l = w.lower;
  const cue = WINDOW.get(l);
  if (cue) return cue;
  if (TITLES.has(l)) return 'title';
  if (PROFESSIONAL_TITLES.has(l) || STAFF.has(l)) return 'staff';
  if (RELATIVES.has(l)) return 'relative';
  if (MONTHS_AND_DAYS.has(l)) return 'calendar';
  if (/^\d+$/.test(l)) return l.length <= 3 ? 'num' : 'longnum';
  if (w.shape === 'cap') return FIRST_NAMES.has(l) ? 'capname' : 'cap';
  return w.shape;
}

/** Lexicon classes of the candidate's first word. */
function lexicon(l: string, out: string[], p: string): void {
  const base = l.replace(/'s$/, '');
  if (FIRST_NAMES.has(base)) out.push(`${p}given`);
  if (COMMON_WORDS.has(base)) out.push(`${p}common`);
  if (MONTHS_AND_DAYS.has(base)) out.push(`${p}calendar`);
  if (REGIONS.has(base)) out.push(`${p}region`);
  if (PLACE_WORDS.has(base)) out.push(`${p}placeword`);
  if (EPONYM_SET.has(base)) out.push(`${p}eponym`);
  if (HISTORICAL.has(base)) out.push(`${p}historical`);
  if (DEMONYM_SET.has(base)) out.push(`${p}demonym`);
  else if (!FIRST_NAMES.has(base) && !COMMON_WORDS.has(base) && !REGIONS.has(base)) out.push(`${p}unknown`);
}

/** Draft-level cue classes: the kind of post (a greeting, a teaching case, a notice, another language…). */
function draftCues(doc: Document): Set<string> {
  const cues = new Set<string>();
  let foreign = 0;
  for (const w of doc.words) {
    const c = DRAFT.get(w.lower);
    if (!c) continue;
    if (c === 'foreign') foreign++;
    else cues.add(c);
  }
  if (foreign >= 3) cues.add('foreign');
  if (doc.context.patientCase) cues.add('case');
  if (doc.context.announcement) cues.add('notice');
  if (doc.context.selfStory) cues.add('self');
  if (doc.entities.some((e) => e.kind === 'mention')) cues.add('mention');
  if (doc.entities.some((e) => e.kind === 'hashtag')) cues.add('hashtag');
  if (doc.text.includes('?')) cues.add('question');
  // A year before 2000: history, or a patient's date of birth; the weights sort out which.
  if (/\b1[5-9]\d\d\b/.test(doc.text)) cues.add('oldyear');
  if (/\b(?:Dr|Prof)\.? \p{Lu}/u.test(doc.text)) cues.add('drtitle');
  if (doc.words.length < 25) cues.add('short');
  else if (doc.words.length > 60) cues.add('long');
  return cues;
}

/** The punctuation right before or after a candidate, as a class. */
function punct(s: string, before: boolean): string {
  const t = before ? s.trimEnd() : s.trimStart();
  if (!t) return 'edge';
  const c = before ? t.charAt(t.length - 1) : t.charAt(0);
  if (c === '\n') return 'line';
  if (/[,;]/.test(c)) return 'comma';
  if (/[([]/.test(c)) return 'open';
  if (/[)\]]/.test(c)) return 'close';
  if (/[—–-]/.test(c)) return 'dash';
  if (/[.!?…]/.test(c)) return 'stop';
  if (c === ':') return 'colon';
  if (/['"‘’“”]/.test(c)) return 'quote';
  if (/\p{Extended_Pictographic}/u.test(c)) return 'emoji';
  return s === t ? 'glued' : 'space';
}

const bucket = (n: number, top: number) => (n >= top ? `${top}+` : String(n));

// Window classes that also count as cues of the candidate's own sentence.
const SENTENCE_CLASSES = new Set(['patient', 'encounter', 'pronoun', 'age', 'unit', 'family', 'event', 'greet', 'praise', 'credential', 'strong']);

/** Cue classes of each sentence: the same cue counts more in the candidate's own sentence. */
function sentenceCues(doc: Document): Array<Set<string>> {
  const out = doc.sentences.map(() => new Set<string>());
  for (const w of doc.words) {
    const set = out[w.sentence];
    if (!set) continue;
    const d = DRAFT.get(w.lower);
    if (d && d !== 'foreign') set.add(d);
    const c = WINDOW.get(w.lower);
    if (c && SENTENCE_CLASSES.has(c)) set.add(c);
    if (TITLES.has(w.lower)) set.add('title');
  }
  return out;
}

/** Features of every privacy candidate in a document. */
export function candidateFeatures(doc: Document, found: Array<{ rule: Rule; raw: RawFinding }>): Candidate[] {
  const cues = draftCues(doc);
  const perSentence = found.length ? sentenceCues(doc) : [];
  const quasiKinds = new Set<string>();
  const rulesFired = new Set<string>();
  let directs = 0;
  for (const { rule, raw } of found) {
    rulesFired.add(rule.id);
    if (raw.quasi) quasiKinds.add(raw.quasi);
    else if (!raw.companion && (raw.severity ?? rule.severity) === 'block') directs++;
  }
  const draft = [...cues].sort().map((c) => `d:${c}`);
  draft.push(`nq:${bucket(quasiKinds.size, 3)}`, `nr:${bucket(rulesFired.size, 4)}`, `nd:${bucket(directs, 3)}`);
  return found.map(({ rule, raw }) => {
    const r = rule.id.slice('privacy/'.length);
    const sev = raw.severity ?? rule.severity;
    const kind = raw.quasi ? `q.${raw.quasi}` : raw.companion ? 'companion' : sev;
    const f: string[] = ['bias', `r:${r}`, `r:${r}|${kind}`, `m:${r}|${raw.message}`, `k:${kind}`];
    const span = doc.text.slice(raw.start, raw.end);
    const first = wordIndexAt(doc, raw.start);
    const w = doc.words[first];
    let last = first;
    while (last + 1 < doc.words.length && doc.words[last + 1]!.start < raw.end) last++;
    const nWords = w && w.start < raw.end ? last - first + 1 : 0;
    const shape = w && w.start < raw.end ? w.shape : 'none';
    const local: string[] = [`shape:${shape}`, `nw:${bucket(nWords, 3)}`];
    if (/\d/.test(span)) local.push(/^\D*\d+\D*$/.test(span) ? 'digits' : 'digitgroups');
    if (/^[\d\s-]+$/.test(span)) local.push('alldigits');
    if (w && w.start < raw.end) {
      if (/^\p{L}/u.test(w.text)) lexicon(w.lower, local, 'lx:');
      if (startsSentence(doc, first)) local.push('sentencestart');
    }
    const sc = w ? perSentence[w.sentence] : undefined;
    if (sc) for (const c of [...sc].sort()) local.push(`s:${c}`);
    const e = entityAt(doc, raw.start, raw.end);
    if (e) local.push(`in:${e.kind}`);
    const prev = wordClass(doc, first - 1);
    const prev2 = wordClass(doc, first - 2);
    const next = wordClass(doc, nWords ? last + 1 : first);
    local.push(`pw:${prev}`, `pw2:${prev2}`, `nx:${next}`);
    local.push(`pb:${punct(doc.text.slice(Math.max(0, raw.start - 3), raw.start), true)}`, `pa:${punct(doc.text.slice(raw.end, raw.end + 3), false)}`);
    f.push(...local, ...draft);
    // The same cue means different things for different rules: each is also crossed with the rule.
    for (const x of [...local, ...draft]) f.push(`${r}&${x}`);
    return { rule, raw, features: f };
  });
}
