// Hashtag suggestions: the learned model's calibrated score of each tag for the draft's features
// (./features.ts, ./model.ts); the author's conference tag during its dates; the tweet chat's tag
// during its weekly slot. At most three, best first, none already in the draft, and
// none at all on a draft with no medical topic.
import type { Document, Suggestion } from '../types.ts';
import { CAREER_NEWS_WORDS, CHAT_WORDS, CONFERENCE_WORDS } from '../data/hashtag-cues.ts';
import { cueBit, draftFeatures, tagNumber, triggeredPhrase, type DraftFeatures } from './features.ts';
import { COMMUNITY_OF, ENTRY_OF } from './index-build.ts';
import { modelGate, modelTagInfo, scoreTags } from './model.ts';
import { activeChats, activeConferences, withHash } from '../events.ts';
import { AWARENESS_DAYS } from '../data/hashtag-awareness.ts';
import { lexemesOf } from '../lexemes.ts';
import { buildPhraseIndex, findPhrases, phraseWords, wordFlags } from '../phrases.ts';

const MAX = 3;
/** Scratch: the indices of the best tags, best first. */
const BEST = new Int32Array(MAX);
const CHAT = new Set(CHAT_WORDS);
const CONFERENCE = new Set(CONFERENCE_WORDS);
// An awareness day's phrases, and the tag of each ("nurses week" -> #NursesWeek).
const AWARENESS = buildPhraseIndex(AWARENESS_DAYS.flatMap((d) => d.phrases));
const AWARENESS_TAG = new Map(AWARENESS_DAYS.flatMap((d) => d.phrases.map((p) => [phraseWords(p).join(' '), d.tag] as const)));

/** Scores stay below this ("weak") when the post is a reply or may identify a patient. */
const WEAK_CAP = 0.45;
/**
 * Below this probability a tag is not worth a chip. Low: on a post with a medical topic the best
 * three are worth offering however unsure the model is (cross-validated hit@3 0.803 at 0.01, 0.810
 * at 0.002); the score says how unsure, and is shown as at least 0.01.
 */
export const MIN_SCORE = 0.002;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface SuggestOptions {
  /** A block-level privacy finding stands: hashtags would widen its reach, so none is offered as strong. */
  privacyRisk?: boolean;
}

export function suggestHashtags(doc: Document, options: SuggestOptions = {}): Suggestion[] {
  const f = draftFeatures(doc);
  const present = f.present;
  const out: Suggestion[] = [];
  // Taken: a tag in the draft, or one offered already (a handful: no set to build per keystroke).
  const taken: string[] = [];
  const offer = (tag: string, key: string, score: number, reason: string) => {
    if (present.has(key) || taken.includes(key)) return;
    taken.push(key);
    out.push({ tag, score: round(Math.min(1, Math.max(0.01, score))), reason });
  };
  const add = (tag: string, score: number, reason: string) => offer(tag, tag.toLowerCase(), score, reason);

  // No medical topic at all: no suggestion, except the author's own chat or conference tag on a
  // draft that is plainly a chat answer ("A1: …") or a conference post ("great session…"). A draft
  // the privacy check stops is about a patient, so it has one: its tags are worked out for when it
  // is fixed (and offered weakly below), in whatever words the story is told.
  const scored = scoreTags(f);
  const { gate, minTop } = modelGate();
  if (f.medical < 0.5 && !options.privacyRisk && (scored.anyBelow(gate) || scored.textBest < minTop)) {
    // Asked only of an author who set a chat or a conference (most set neither): it offers only their tags.
    if (doc.settings.tweetChats.length && chatAnswer(doc)) for (const chat of chatsOn(doc)) add(withHash(chat.tag), 0.95, 'Your tweet chat is on now');
    if (doc.settings.conferences.length && doc.words.some((w) => CONFERENCE.has(w.lower))) for (const tag of conferencesOn(doc)) add(tag, 0.9, 'Your conference is on');
    awareness(doc, add);
    academic(f, add);
    return out.slice(0, MAX);
  }

  for (const chat of chatsOn(doc)) add(withHash(chat.tag), 0.95, 'Your tweet chat is on now');
  for (const tag of conferencesOn(doc)) add(tag, 0.9, 'Your conference is on');
  awareness(doc, add);
  // The best few by one pass over the scores (no sort: this runs on every keystroke).
  const want = MAX - out.length;
  // Scores order tags as their calibrated probabilities do: only the best few are calibrated.
  const { lower, tags } = scored;
  const count = want > 0 ? scored.pick(BEST, scored.scoreFor(MIN_SCORE), want, present.size > 0 ? present : null) : 0;
  // Capped below the chat's and the conference's tags, which the author chose for this moment.
  for (let b = 0; b < count; b++) {
    const k = BEST[b]!;
    offer(tags[k]!, lower[k]!, Math.min(0.88, scored.prob(k)), reasonFor(f, k, tags[k]!, lower[k]!));
  }
  // A grant, an award or a promotion is the academic community's news: its tag takes a place among
  // the three; other academic words (research, a manuscript) only fill a free one.
  if (f.cueBits & ACADEMIC && (out.length < MAX || careerNews(doc))) academic(f, add);
  byScore(out);
  if (out.length > MAX) out.length = MAX;

  // A reply (the draft opens with an @handle) rarely wants hashtags, and a draft that may identify
  // a patient should not reach further until it is fixed: offer the tags, but never as strong.
  const reply = (f.cueBits & REPLY) !== 0;
  if (!options.privacyRisk && !reply) return out;
  const note = options.privacyRisk ? " (fix the privacy findings before widening the post's reach)" : ' (a reply rarely needs hashtags)';
  return out.map((s) => ({ ...s, score: round(Math.min(s.score, WEAK_CAP)), reason: `${s.reason}${note}` }));
}

/** The draft is plainly a chat answer ("A1: …") or uses a chat's words. */
function chatAnswer(doc: Document): boolean {
  return /^\s*[AQT]\d{1,2}[:.)]/.test(doc.text) || doc.words.some((w) => CHAT.has(w.lower));
}

/** Sorts a handful of suggestions by score, best first, in place and stable (as out.sort would, without a callback per comparison). */
function byScore(out: Suggestion[]): void {
  for (let i = 1; i < out.length; i++) {
    const s = out[i]!;
    let j = i;
    for (; j > 0 && out[j - 1]!.score < s.score; j--) out[j] = out[j - 1]!;
    out[j] = s;
  }
}

/** The tag of an awareness day the post names ("Happy Nurses Week!"): the campaign's own tag, offered below strong (a joke that names the day wants none). */
function awareness(doc: Document, add: (tag: string, score: number, reason: string) => void): void {
  for (const m of findPhrases(doc, AWARENESS)) {
    const tag = AWARENESS_TAG.get(m.phrase);
    if (tag) add(tag, 0.45, 'The awareness day your post names');
  }
}

/**
 * Grants, awards and promotions: the academic community's tag, offered weakly. The labelled drafts
 * never use it (colleagues tag such posts with their field), so the model cannot learn it.
 */
function academic(f: DraftFeatures, add: (tag: string, score: number, reason: string) => void): void {
  if (f.cueBits & ACADEMIC) add(ACADEMIC_TAG, 0.3, 'An academic career post');
}

const ACADEMIC_TAG = '#AcademicTwitter';
/** The career-news words by their number among the phrase indexes' first words (a lexeme's firstId). */
const CAREER_NEWS = wordFlags([[CAREER_NEWS_WORDS, 1]]);
/** Reads the words' numbers that awareness()'s findPhrases took for this document (it runs first). */
function careerNews(doc: Document): boolean {
  const lexemes = lexemesOf(doc);
  for (let i = 0; i < lexemes.length; i++) {
    const id = lexemes[i]!.firstId;
    if (id >= 0 && id < CAREER_NEWS.length && CAREER_NEWS[id] !== 0) return true;
  }
  return false;
}

// Most authors set no chat and no conference: then there is no date to work out.
const chatsOn = (doc: Document) => (doc.settings.tweetChats.length ? activeChats(doc) : []);
const conferencesOn = (doc: Document) => (doc.settings.conferences.length ? activeConferences(doc) : []);

/**
 * The model's tags' numbers among the triggered tags (see tagNumber), by the tag's index: no map
 * to probe per offered tag. -1 (none yet) is asked again, as a trigger may point at the tag later.
 */
const TAG_NUMBER: number[] = [];

/** Why a tag is offered, in the author's terms: the words that point at it, or the kind of post. */
function reasonFor(f: DraftFeatures, k: number, tag: string, lower: string): string {
  let no = TAG_NUMBER[k] ?? -1;
  if (no < 0) no = TAG_NUMBER[k] = tagNumber(tag);
  const phrase = triggeredPhrase(f, tag, no);
  if (phrase) return `Matches “${phrase}”`;
  const mine = authorsSpecialty(f, k, tag, lower);
  if (mine) return mine;
  // The kind of post explains only a tag of that kind: a teaching tag for a teaching post, the
  // conference's own field for a conference post (an award post's other tags are the model's).
  const t = modelTagInfo(k);
  if (f.cueBits & CONFERENCE_POST && [...t.specialties, ...t.communityOf].some((s) => f.hashSpecialties.has(s))) return CONFERENCE_REASON;
  if (t.teach) for (const [bit, why] of TEACHING_REASONS) if (f.cueBits & bit) return why;
  return 'Colleagues tag posts like this one with it';
}

// The author's specialties come back as the same set draft after draft (see draftFeatures): the
// reason each tag takes from them is kept by tag number until the set changes.
let mineOf: ReadonlySet<string> | null = null;
let mineReasons: Array<string | null | undefined> = [];
/** "Your specialty: …" when the tag is of one of the author's specialties or its community tag; else null. */
function authorsSpecialty(f: DraftFeatures, k: number, tag: string, lower: string): string | null {
  if (f.specialties !== mineOf) {
    mineOf = f.specialties;
    mineReasons = [];
  }
  let reason = mineReasons[k];
  if (reason === undefined) {
    const info = ENTRY_OF.get(lower);
    const mine = info?.specialties.find((s) => f.specialties.has(s)) ?? [...f.specialties].find((s) => COMMUNITY_OF.get(s) === tag);
    mineReasons[k] = reason = mine ? `Your specialty: ${mine}` : null;
  }
  return reason;
}

const REPLY = cueBit('k:reply');
const ACADEMIC = cueBit('k:academic');
const CONFERENCE_POST = cueBit('k:conference');
const CONFERENCE_REASON = 'The community of the conference you tagged';
/** The kinds of teaching post, each with the reason it gives a teaching tag. */
const TEACHING_REASONS: ReadonlyArray<readonly [number, string]> = ([
  ['k:question', 'A board-style question: a teaching post'],
  ['k:thread', 'A thread that teaches'],
  ['k:teaching', 'A teaching post'],
  ['k:trial', 'A trial result'],
  ['k:journal', 'A journal-club post'],
  ['k:students', 'A post for medical students'],
] as const).map(([kind, why]) => [cueBit(kind), why] as const);
