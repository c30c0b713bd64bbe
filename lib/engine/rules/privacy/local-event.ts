// A local news event (a named fire, crash, shooting, outbreak) told with the patients treated.
import { EVENT_WORDS } from '../../data/packed/lists.ts';
import { Coverage, gap, isCapitalised, matches, toSet, wordFlags } from '../../phrases.ts';
import { MONTHS_AND_DAYS, wordBits } from '../../privacy/name-lexicon.ts';
import type { Document, RawFinding, Rule, Word } from '../../types.ts';
import { gate, gated } from '../../privacy/text-facts.ts';

// The event words as a bit by the word's number: an array read per word, not a set look-up.
const EVENT_FLAGS = wordFlags([[[...toSet(EVENT_WORDS)], 1]]);
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'from', 'with', 'was', 'were', 'are', 'our', 'his', 'her', 'their', 'this', 'that', 'after', 'before', 'into', 'onto', 'during', 'about', 'its', 'had', 'has', 'have', 'been', 'who', 'which', 'big', 'bad', 'huge', 'terrible', 'awful', 'minor', 'major']);
/** A plain word that may name what an event befell ("escalator", "bus", "bonspiel"): lower case, three letters or more, no function word. */
const plain = (w: Word | undefined) => !!w && /^\p{Ll}{3,}$/u.test(w.text) && !FUNCTION_WORDS.has(w.lower);
// Words that make an event word an illness: "heart attack", "asthma attack", "panic attack".
const ILLNESS_BEFORE = new Set(['heart', 'asthma', 'panic', 'anxiety', 'gout', 'migraine', 'sickle', 'vasovagal', 'syncopal']);
// Words after an event word that make it name a thing: "fire chief", "crash cart", "storm drain".
const THING_AFTER = new Set(['chief', 'chiefs', 'hall', 'station', 'department', 'dept', 'drill', 'alarm', 'alarms', 'cart', 'truck', 'engine', 'fighter', 'fighters', 'marshal', 'team', 'service', 'brigade', 'exit', 'door', 'doors', 'extinguisher', 'warden', 'safety', 'drain', 'season', 'chaser', 'course', 'test', 'helmet']);
const NEWS = /\b(?:on the news|in the news|made the news|news is calling|news report|local news|headlines|news crews?|reporters?|front page|went viral|viral (?:\S+ ){0,3}?(?:video|clip|tiktok|post))\b/iy;
const SAME_GROUP = /\b(?:from|on|in|of|at) the same (?:(?:boat |fire |work )?crew|household|family|house|block|(?:apartment |housing )?complex|property|school|class|street|village|farm|building|church|congregation|boat|dorm|daycare|camp|party|wedding|flight|bus|(?:[a-z]+ )?team)\b/gi;
// A word of each of NEWS' phrases: its match starts at most two words before it (text-facts.ts gated).
const NEWS_WORDS = gate('news|headlines|reporter|front|viral');

export const rule: Rule = {
  id: 'privacy/local-event',
  category: 'privacy',
  severity: 'info',
  description: 'A local news event (fire, crash, shooting, outbreak) with the patients treated.',
  why: 'Readers can match the patient to the news story and its victims.',
  check(doc: Document): RawFinding[] {
    if (!doc.context.patientCase && doc.context.announcement) return [];
    // The news phrases, looked for only when an event word or a patient's story needs them.
    let news: RegExpExecArray[] | undefined;
    const newsOf = () => (news ??= gated(doc, NEWS, NEWS_WORDS, 2));
    const out: RawFinding[] = [];
    const { words } = doc;
    const bits = wordBits(doc, EVENT_FLAGS);
    for (let i = 0; i < words.length; i++) {
      if (!bits[i]) continue;
      // "the apartment fire", "the Granger Mill fire", "Saturday's crash": a particular event.
      let s = i;
      while (s > 0 && i - s < 3 && (isCapitalised(words[s - 1]) || /^(?:apartment|house|bus|car|train|plane|boat|school|mass|daycare|warehouse|factory|highway|bridge|restaurant|gym|storytime|county|fair|multi-car|motorcycle|atv|fireworks|quarry)$/.test(words[s - 1]!.lower) || /'s$/.test(words[s - 1]!.lower))) s--;
      // "the Lakeshore Mall escalator collapse": a name, then one or two plain words, then the event.
      if (s === i) {
        let k = i - 1;
        while (k >= 0 && i - k <= 2 && plain(words[k])) k--;
        if (k >= 0 && k < i - 1 && isCapitalised(words[k])) {
          s = k;
          while (s > 0 && k - s < 2 && isCapitalised(words[s - 1])) s--;
        }
      }
      // "that rugby club bus crash", "the bonspiel collapse": plain words between "the" and the event.
      // Not where the event word names a thing ("the fire chief", "the crash cart") or an illness ("the heart attack").
      if (!/^(?:the|that)$/.test(s > 0 ? words[s - 1]!.lower : '') && !isCapitalised(words[s]) && !THING_AFTER.has(words[i + 1]?.lower ?? '') && !ILLNESS_BEFORE.has(words[i - 1]?.lower ?? '')) {
        let k = s;
        while (k > 0 && i - k < 3 && plain(words[k - 1]) && gap(doc, k - 1) === ' ') k--;
        const det = k > 0 ? words[k - 1]!.lower : '';
        if (k < s && (det === 'the' || det === 'that')) s = k;
      }
      // "the explosion at the Halvorsen feed mill": the place's name after the event.
      let e = i;
      if (words[i + 1]?.lower === 'at') {
        let k = words[i + 2]?.lower === 'the' ? i + 3 : i + 2;
        while (k < words.length && e - i < 6 && isCapitalised(words[k]) && !MONTHS_AND_DAYS.has(words[k]!.lower)) e = k++;
      }
      const article = s > 0 ? words[s - 1]!.lower : '';
      const particular = s < i || e > i || article === 'the' || article === 'that' || newsOf().length > 0;
      if (!particular) continue;
      const named = (s < i && isCapitalised(words[s])) || e > i;
      const start = words[s]!.start;
      const end = words[e]!.end;
      // A named event in a patient's story names its patients: in the learning drafts 7 such, all risky.
      if (newsOf().length || named) out.push({ start, end, message: 'Local news event', severity: 'warn', ...(named && doc.context.patientCase ? { floor: 'warn' as const } : {}) });
      else out.push({ start, end, message: 'Particular event', quasi: 'event' });
    }
    // Patients from one group or place: "3 teens from the same hockey team", "7 cases from the same
    // apartment complex" (in the labelled and outside drafts, 21 risky drafts and 1 clean say so).
    for (const m of /\bsame\b/i.test(doc.text) ? matches(doc.text, SAME_GROUP) : []) out.push({ start: m.index, end: m.index + m[0].length, message: 'Patients from one group or place', quasi: 'event' });
    if (doc.context.patientCase) {
      // The events found above, so each news phrase checks overlap in constant time.
      const taken = new Coverage(doc.text.length);
      for (const f of out) taken.fill(f.start, f.end);
      for (const m of newsOf()) {
        if (taken.take(m.index, m.index + m[0].length)) out.push({ start: m.index, end: m.index + m[0].length, message: 'Story that was in the news', quasi: 'event' });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
