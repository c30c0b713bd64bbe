// Hashtag suggestions: the draft's medical words matched against the ontology's triggers,
// weighted by the author's specialty; the author's conference tag during its dates; the tweet
// chat's tag during its weekly slot. At most three, best first, none already in the draft, and
// none at all on a draft with no medical topic.
import type { Document, Suggestion, TweetChat, Word } from '../types.ts';
import { CLINICAL_WORDS } from '../data/hashtags.ts';
import { EPONYM_HEAD_WORDS, EPONYM_NAMES, BY_FIRST, COMMUNITY_OF, COMPANIONS_OF, ENTRY_OF, SPECIALTY_OF, type Trigger } from './index-build.ts';

const MAX = 3;
const MAX_TOPIC_WORDS = 1000;
const DAY = 86_400_000;
const CLINICAL = new Set(CLINICAL_WORDS);

/** Heads that make a capitalised surname a medical eponym even without a possessive ("Kernig sign"). */
const EPONYM_STRONG_HEADS = new Set([
  'disease', 'syndrome', 'sign', 'signs', 'palsy', 'node', 'triad', 'maneuver', 'manoeuvre', 'reflex', 'phenomenon',
  'criteria', 'score', 'test', 'ulcer', 'fracture', 'lymphoma', 'tumor', 'tumour', 'nodes', 'spots', 'rings',
]);

/** Words of a tweet-chat post, for the author's chat tag on a draft with no medical topic. */
const CHAT_WORDS = new Set(['chat', 'chats', 'tweetchat', 'tweetchats', 'host', 'hosts', 'hosting', 'moderator', 'a1', 'a2', 'a3', 't1', 't2', 't3', 'q1', 'q2', 'q3']);

/** Words of a conference post, for the author's conference tag on a draft with no medical topic. */
const CONFERENCE_WORDS = new Set([
  'session', 'sessions', 'plenary', 'keynote', 'poster', 'posters', 'abstract', 'abstracts', 'presenting', 'presented',
  'panel', 'booth', 'conference', 'congress', 'meeting', 'symposium', 'talk', 'talks', 'workshop', 'exhibit', 'hall',
]);

/** Scores stay below this ("weak") when the post is a reply or may identify a patient. */
const WEAK_CAP = 0.45;

// Words that place a post in medicine but say little about its topic: they count, weakly.
const WEAK = new Set([
  'ed', 'er', 'icu', 'clinic', 'hospital', 'patient', 'patients', 'doctor', 'doctors', 'nurse', 'nurses', 'pt', 'case',
  'residents', 'resident', 'students', 'student', 'medicine', 'health', 'care', 'physician', 'physicians', 'attending',
  'colleagues', 'shift', 'team', 'unit', 'medical', 'rash', 'pain', 'screening', 'prevention', 'guidelines', 'community',
]);

/** The author's specialties from settings, mapped to the ontology's names. */
function authorSpecialties(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const s of doc.settings.specialty) {
    const name = SPECIALTY_OF.get(s.trim().toLowerCase());
    if (name) out.add(name);
  }
  return out;
}

/** Minutes since local midnight and local weekday for the document's clock. */
/** The author's offset from UTC in minutes: from settings, otherwise the host's. */
function offsetMinutes(doc: Document): number {
  return doc.settings.timezoneOffsetMinutes ?? -new Date(doc.now).getTimezoneOffset();
}

function localTime(doc: Document): { weekday: number; minutes: number } {
  const local = new Date(doc.now + offsetMinutes(doc) * 60_000);
  return { weekday: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

export function chatInSession(doc: Document, chat: TweetChat): boolean {
  const [h, m] = chat.time.split(':').map(Number);
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m)) return false;
  const { weekday, minutes } = localTime(doc);
  const week = 7 * 1440;
  const start = chat.weekday * 1440 + h * 60 + m;
  const now = weekday * 1440 + minutes;
  // Allow 15 minutes before the start for a "joining the chat" post.
  const since = (((now - start) % week) + week) % week;
  return since < chat.durationMinutes || week - since <= 15;
}

function activeChats(doc: Document): TweetChat[] {
  return doc.settings.tweetChats.filter((c) => chatInSession(doc, c));
}

function withHash(tag: string): string {
  const t = tag.trim();
  return t.startsWith('#') ? t : `#${t}`;
}

export function chatReminder(doc: Document): string | null {
  const chat = activeChats(doc)[0];
  if (!chat) return null;
  const tag = withHash(chat.tag);
  return `${tag} is on now: answer the host's T1:, T2: … with A1:, A2: … and add ${tag} to each reply.`;
}

/** The author's conferences on now: from the day before the start to the end date, inclusive, in local time. */
function activeConferences(doc: Document): string[] {
  const today = new Date(doc.now + offsetMinutes(doc) * 60_000).toISOString().slice(0, 10);
  const out: string[] = [];
  for (const c of doc.settings.conferences) {
    const start = Date.parse(`${c.start}T00:00:00Z`);
    if (Number.isNaN(start)) continue;
    const dayBefore = new Date(start - DAY).toISOString().slice(0, 10);
    if (today >= dayBefore && today <= c.end) out.push(withHash(c.tag));
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The word without a possessive or a plural 's', or null (no allocation on this hot path). */
function altForm(lower: string): string | null {
  if (lower.endsWith("'s")) return lower.slice(0, -2);
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return null;
}

function wordMatches(w: Word, want: string): boolean {
  return w.lower === want || altForm(w.lower) === want;
}

/** An age written as "97-year-old", "92yo", "3-month-old": the age in years, or null. */
function ageOf(lower: string): number | null {
  let i = 0;
  while (i < lower.length && i < 4 && lower.charCodeAt(i) >= 48 && lower.charCodeAt(i) <= 57) i++;
  if (i === 0 || i > 3) return null;
  const n = Number(lower.slice(0, i));
  const rest = lower.slice(i);
  if (rest === 'yo' || rest === '-year-old' || rest === '-yr-old' || rest === '-years-old' || rest === 'y') return n;
  if (rest === '-month-old' || rest === '-week-old' || rest === '-day-old' || rest === 'mo' || rest === '-mo') return 0;
  return null;
}

export interface SuggestOptions {
  /** The draft may identify a patient: hashtags would widen its reach, so none is offered as strong. */
  privacyRisk?: boolean;
}

interface Candidate {
  score: number;
  why: string;
  /** Order of first evidence, for stable ties. */
  order: number;
}

export function suggestHashtags(doc: Document, options: SuggestOptions = {}): Suggestion[] {
  const present = new Set<string>();
  for (const e of doc.entities) if (e.kind === 'hashtag') present.add(e.text.toLowerCase());

  const cands = new Map<string, Candidate>();
  let order = 0;
  // `why` is built only for a tag's first evidence: later matches just add to its score.
  const bump = (tag: string, amount: number, why: string | (() => string)) => {
    const cur = cands.get(tag);
    if (cur) cur.score += amount;
    else cands.set(tag, { score: amount, why: typeof why === 'string' ? why : why(), order: order++ });
  };

  const mine = authorSpecialties(doc);
  // 1. The draft's words: trigger phrases, longest first at each word, non-overlapping.
  let topical = 0;
  const seen = new Set<string>();
  const weakSeen = new Set<string>();
  // A long (Premium) post states its topic early: its first words are enough to choose tags.
  const words = doc.words.length > MAX_TOPIC_WORDS ? doc.words.slice(0, MAX_TOPIC_WORDS) : doc.words;
  const community = new Map<string, number>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const age = ageOf(w.lower);
    if (age !== null && (age >= 80 || age < 13)) {
      const tag = age >= 80 ? '#GeriTwitter' : '#PedsTwitter';
      topical += 0.5;
      bump(tag, 0.8, `Patient age: ${w.text}`);
      continue;
    }
    if (w.lower.endsWith('-weeker') || w.lower.endsWith('-weekers')) {
      // "24-weeker": a baby born at 24 weeks.
      topical += 0.5;
      bump('#NICU', 1, `Matches “${w.text}”`);
      bump('#Preemie', 0.8, `Matches “${w.text}”`);
      continue;
    }
    const a = w.lower;
    const b = altForm(a);
    // A medical eponym ("Virchow's node", "Kernig sign"): a teaching topic.
    const next = words[i + 1];
    if (
      next &&
      next.sentence === w.sentence &&
      w.shape === 'cap' &&
      EPONYM_NAMES.has(b ?? a) &&
      // "Austin area" is a place: a plain name needs a clinical head, a possessive any head.
      (EPONYM_STRONG_HEADS.has(next.lower) || (a.endsWith("'s") && EPONYM_HEAD_WORDS.has(next.lower)))
    ) {
      topical += 0.5;
      bump('#MedEd', 0.8, `Eponym: ${w.text} ${next.text}`);
    }
    // Generic care words ("clinic", "patients") place the draft in medicine, weakly, once each;
    // words of clinical work ("consult", "labs") more firmly. Neither names a topic.
    if (!weakSeen.has(a)) {
      if (WEAK.has(a)) topical += 0.3;
      else if (CLINICAL.has(a) || (b !== null && CLINICAL.has(b))) topical += 0.5;
      weakSeen.add(a);
    }
    let list: Trigger[] | undefined = BY_FIRST.get(a);
    if (!list && b) list = BY_FIRST.get(b);
    if (!list) continue;
    for (const t of list) {
      const n = t.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        const v = words[i + k]!;
        if (v.sentence !== w.sentence || !wordMatches(v, t.words[k]!)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const weak = WEAK.has(t.phrase);
      const weight = weak ? 0.35 : t.context ? 0.5 : t.rare ? 0.7 : n > 1 ? 1.1 : 1;
      // Generic care words were counted above, once each. An everyday word counts as medical only
      // when it points at the author's own specialty ("swallowed" from a GI doc), and short
      // acronyms such as "PSA" or "MS" are too ambiguous even for that.
      if (!t.context) topical += weak ? 0 : weight;
      else if (t.phrase.length > 3 && t.tags.some((tag) => ENTRY_OF.get(tag.toLowerCase())?.specialties.some((s) => mine.has(s))))
        topical += 0.5;
      const stop = words[i + n - 1]!.end;
      for (const tag of t.tags) {
        const key = `${tag}\u0000${t.phrase}`;
        if (seen.has(key)) continue; // the same word again adds nothing
        seen.add(key);
        const again = cands.has(tag);
        bump(tag, again ? weight * 0.6 : weight, () => `Matches “${doc.text.slice(w.start, stop)}”`);
        // Disease and topic tags lend a little weight to their specialty's community tag.
        const entry = ENTRY_OF.get(tag.toLowerCase());
        if (entry && entry.kind !== 'specialty' && !weak && !t.context) {
          for (const s of entry.specialties) {
            const c = COMMUNITY_OF.get(s);
            if (c && c !== tag) community.set(c, (community.get(c) ?? 0) + 0.3 * weight);
          }
        }
      }
      i += n - 1;
      break;
    }
  }
  for (const [tag, amount] of community) bump(tag, Math.min(0.6, amount), `Community for ${ENTRY_OF.get(tag.toLowerCase())?.specialties[0] ?? 'this topic'}`);

  // 2. Tags the author already used: their community's siblings and habitual companions.
  const usedSpecialties = new Set<string>();
  let knownTag = false;
  for (const tag of present) {
    const entry = ENTRY_OF.get(tag);
    if (entry) {
      knownTag = true;
      for (const s of entry.specialties) usedSpecialties.add(s);
    }
    for (const c of COMPANIONS_OF.get(tag) ?? []) bump(c, 0.45, `Often posted with ${entry?.tag ?? tag}`);
  }
  if (knownTag) topical += 0.5;

  // No medical topic at all: no suggestion, except the author's own chat or conference tag on a
  // draft that is plainly a chat answer ("A1: …") or a conference post ("great session…").
  if (topical < 0.5) {
    const chatAnswer = /^\s*[AQT]\d{1,2}[:.)]/.test(doc.text) || words.some((w) => CHAT_WORDS.has(w.lower));
    const conferencePost = words.some((w) => CONFERENCE_WORDS.has(w.lower));
    const out: Suggestion[] = [];
    if (chatAnswer)
      for (const chat of activeChats(doc)) {
        const tag = withHash(chat.tag);
        if (!present.has(tag.toLowerCase()) && !out.some((x) => x.tag === tag)) out.push({ tag, score: 0.95, reason: 'Your tweet chat is on now' });
      }
    if (conferencePost)
      for (const tag of activeConferences(doc))
        if (!present.has(tag.toLowerCase()) && !out.some((x) => x.tag === tag)) out.push({ tag, score: 0.9, reason: 'Your conference is on' });
    return out.slice(0, MAX);
  }

  for (const [tag, c] of cands) {
    const entry = ENTRY_OF.get(tag.toLowerCase());
    if (!entry) continue;
    if (entry.specialties.some((s) => mine.has(s))) c.score += 0.6;
    if (entry.specialties.some((s) => usedSpecialties.has(s))) c.score += 0.3;
  }
  // The author's own community tag is the natural home of any medical post they write: on the
  // specialty alone it is a moderate suggestion (below strong); with matching words, a strong one.
  for (const s of mine) {
    const c = COMMUNITY_OF.get(s);
    if (!c) continue;
    const cur = cands.get(c);
    if (cur) cur.score += 0.3;
    else cands.set(c, { score: 0.85, why: `Your specialty: ${s}`, order: order++ });
  }

  const out: Suggestion[] = [];
  const taken = new Set(present);
  const add = (tag: string, score: number, reason: string) => {
    const key = tag.toLowerCase();
    if (taken.has(key)) return;
    taken.add(key);
    out.push({ tag, score: round(Math.min(1, Math.max(0, score))), reason });
  };
  for (const chat of activeChats(doc)) add(withHash(chat.tag), 0.95, 'Your tweet chat is on now');
  for (const tag of activeConferences(doc)) add(tag, 0.9, 'Your conference is on');

  const ranked = [...cands.entries()]
    // One matching word alone stays below 0.5 ("weak"); two, or one plus the author's specialty, is strong.
    // Capped below the chat's and the conference's tags, which the author chose for this moment.
    .map(([tag, c]) => ({ tag, score: Math.min(0.88, 1 - Math.exp(-0.6 * c.score)), why: c.why, order: c.order }))
    .sort((x, y) => y.score - x.score || x.order - y.order);
  for (const r of ranked) {
    if (out.length >= MAX + present.size) break;
    add(r.tag, r.score, r.why);
  }

  const top = out.sort((x, y) => y.score - x.score).slice(0, MAX);
  // A reply (the draft opens with an @handle) rarely wants hashtags: offer them, but as weak.
  const reply = doc.text.trimStart().startsWith('@');
  if (!options.privacyRisk && !reply) return top;
  const note = options.privacyRisk ? " (fix the privacy findings before widening the post's reach)" : ' (a reply rarely needs hashtags)';
  return top.map((s) => ({ ...s, score: round(Math.min(s.score, WEAK_CAP)), reason: `${s.reason}${note}` }));
}
