// Hashtag suggestions: the draft's medical words matched against the ontology's triggers,
// weighted by the author's specialty; the author's conference tag during its dates; the tweet
// chat's tag during its weekly slot. At most three, best first, none already in the draft, and
// none at all on a draft with no medical topic.
import { HASHTAGS, SPECIALTIES, SPECIALTY_COMMUNITY, type HashtagEntry } from '../data/hashtag-communities.ts';
import { buildPhraseIndex, findPhrases } from '../phrases.ts';
import type { Document, Suggestion, TweetChat } from '../types.ts';

const MAX = 3;
const DAY = 86_400_000;

// Every trigger phrase -> the entries it points at.
const byTrigger = new Map<string, HashtagEntry[]>();
for (const e of HASHTAGS) {
  for (const t of e.triggers) {
    const key = t.toLowerCase();
    const list = byTrigger.get(key) ?? [];
    list.push(e);
    byTrigger.set(key, list);
  }
}
const TRIGGERS = buildPhraseIndex([...byTrigger.keys()]);

// Words that place a post in medicine but say little about its topic: they count, weakly.
const WEAK = new Set([
  'ed', 'er', 'icu', 'clinic', 'hospital', 'patient', 'patients', 'doctor', 'doctors', 'nurse', 'nurses', 'pt', 'case',
  'residents', 'resident', 'students', 'student', 'medicine', 'health', 'care', 'physician', 'physicians', 'attending',
  'colleagues', 'shift', 'team', 'unit', 'medical', 'rash', 'pain', 'screening', 'prevention', 'guidelines', 'community',
]);

/** Specialty names and synonyms, lower case, to the canonical specialty. */
const SPECIALTY_OF = new Map<string, string>();
for (const [name, synonyms] of Object.entries(SPECIALTIES)) {
  SPECIALTY_OF.set(name, name);
  for (const s of synonyms) SPECIALTY_OF.set(s.toLowerCase(), name);
}

/** The author's specialties from settings, mapped to the ontology's names. */
function authorSpecialties(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const s of doc.settings.specialty) {
    const name = SPECIALTY_OF.get(s.toLowerCase());
    if (name) out.add(name);
  }
  return out;
}

/** Minutes since local midnight and local weekday for the document's clock. */
function localTime(doc: Document): { weekday: number; minutes: number } {
  const offset = doc.settings.timezoneOffsetMinutes ?? -new Date(doc.now).getTimezoneOffset();
  const local = new Date(doc.now + offset * 60_000);
  return { weekday: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

function chatInSession(doc: Document, chat: TweetChat): boolean {
  const { weekday, minutes } = localTime(doc);
  const [h, m] = chat.time.split(':').map(Number) as [number, number];
  const start = chat.weekday * 1440 + h * 60 + m;
  const now = weekday * 1440 + minutes;
  const week = 7 * 1440;
  // Allow 15 minutes before the start for a "joining the chat" post.
  const since = (now - start + week) % week;
  return since < chat.durationMinutes || week - since <= 15;
}

function activeChats(doc: Document): TweetChat[] {
  return doc.settings.tweetChats.filter((c) => chatInSession(doc, c));
}

export function chatReminder(doc: Document): string | null {
  const chat = activeChats(doc)[0];
  if (!chat) return null;
  return `${chat.tag} is on now: answer the host's T1:, T2: … with A1:, A2: … and add ${chat.tag} to each reply.`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface SuggestOptions {
  /** The draft may identify a patient: hashtags would widen its reach, so none is offered as strong. */
  privacyRisk?: boolean;
}

export function suggestHashtags(doc: Document, options: SuggestOptions = {}): Suggestion[] {
  const present = new Set(doc.entities.filter((e) => e.kind === 'hashtag').map((e) => e.text.toLowerCase()));
  const out: Suggestion[] = [];
  const add = (tag: string, score: number, reason: string) => {
    const key = tag.toLowerCase();
    if (present.has(key) || out.some((s) => s.tag.toLowerCase() === key)) return;
    out.push({ tag, score: round(Math.min(1, Math.max(0, score))), reason });
  };

  // The draft's medical topic: trigger phrases found in its words and its own hashtags.
  const raw = new Map<HashtagEntry, { score: number; why: string }>();
  let topical = 0;
  for (const m of findPhrases(doc, TRIGGERS)) {
    const weight = WEAK.has(m.phrase) ? 0.35 : m.end - m.first > 1 ? 1.1 : 1;
    topical += weight;
    for (const e of byTrigger.get(m.phrase) ?? []) {
      const cur = raw.get(e);
      if (cur) cur.score += weight * 0.6;
      else raw.set(e, { score: weight, why: `Matches “${doc.text.slice(m.start, m.stop)}”` });
    }
  }
  // Tags the author already used point to their community: its sibling tags get a nudge.
  const usedSpecialties = new Set<string>();
  for (const tag of present) for (const e of HASHTAGS) if (e.tag.toLowerCase() === tag) e.specialties.forEach((s) => usedSpecialties.add(s));
  if (usedSpecialties.size) topical += 0.5;

  // No medical topic at all: no suggestion, not even the chat's or the conference's.
  if (topical < 0.5) return [];

  for (const chat of activeChats(doc)) add(chat.tag, 0.95, 'Your tweet chat is on now');
  for (const c of doc.settings.conferences) {
    const start = Date.parse(`${c.start}T00:00:00Z`) - DAY;
    const end = Date.parse(`${c.end}T23:59:59Z`) + DAY / 2;
    if (doc.now >= start && doc.now <= end) add(c.tag, 0.9, 'Your conference is on');
  }

  const mine = authorSpecialties(doc);
  // The author's own community tag is the natural home of any medical post they write.
  for (const s of mine) {
    const tag = SPECIALTY_COMMUNITY[s]?.toLowerCase();
    const community = HASHTAGS.find((e) => e.tag.toLowerCase() === tag);
    if (!community) continue;
    const cur = raw.get(community);
    if (cur) cur.score += 0.6;
    else raw.set(community, { score: 0.6, why: `Your specialty: ${s}` });
  }
  for (const [e, r] of raw) {
    if (e.specialties.some((s) => mine.has(s))) r.score += 0.6;
    if (e.specialties.some((s) => usedSpecialties.has(s))) r.score += 0.3;
  }
  const ranked = [...raw.entries()]
    // One matching word alone stays below 0.5 ("weak"); two, or one plus the author's specialty, is strong.
    .map(([e, r]) => ({ e, score: 1 - Math.exp(-0.6 * r.score), why: r.why }))
    .sort((a, b) => b.score - a.score || a.e.tag.localeCompare(b.e.tag));
  for (const { e, score, why } of ranked) add(e.tag, score, why);

  const top = out.sort((a, b) => b.score - a.score).slice(0, MAX);
  if (!options.privacyRisk) return top;
  return top.map((s) => ({ ...s, score: round(Math.min(s.score, 0.45)), reason: `${s.reason} (fix the privacy findings before widening the post's reach)` }));
}
