// The one place the engine calls twitter-text. Its URL regex is super-linear on long runs
// without whitespace ('a.a.a…' takes ~0.5 s at 25k characters), so long drafts are measured
// in whitespace-bounded chunks, and any token over MAX_TOKEN is cut into pieces. URLs never
// hold whitespace, so chunking changes nothing for real text; only a single "URL" longer than
// MAX_TOKEN characters could be counted differently, and X shortens those anyway.
import twitterText, { type EntityWithIndices, type ParseTweetOptions, type UrlWithIndices } from 'twitter-text';
import twemojiPattern from 'twemoji-parser/dist/lib/regex.js';
import type { Entity } from './types.ts';

const {
  parseTweet,
  extractUrlsWithIndices,
  extractCashtagsWithIndices,
  removeOverlappingEntities,
  regexen,
} = twitterText;
// twitter-text ships its configs but @types/twitter-text does not declare them.
const { configs } = twitterText as unknown as {
  configs: { version3: ParseTweetOptions & { ranges: Array<{ start: number; end: number; weight: number }> } };
};
const V3 = configs.version3;
// twemoji-parser's own pattern, run here without its parse(), which builds an image URL and the
// code points of every match (most of its cost) where the engine needs the offsets alone. The
// module is CommonJS with an ES default: bundlers hand over the pattern, Node its exports object.
const EMOJI: RegExp = twemojiPattern instanceof RegExp ? twemojiPattern : twemojiPattern.default;

/** An emoji sequence: its UTF-16 offsets [start, end), as twemoji-parser's parse gives them. */
interface EmojiEntity {
  indices: [number, number];
}

const MAX_TOKEN = 500;
const CHUNK = 1000;
/** A token this long that does not start like a URL ('http', 'www.') is no URL X would link. */
const MAX_WORD = 100;

function tokenTooLong(text: string, tokenStart: number, end: number): boolean {
  const len = end - tokenStart;
  if (len < MAX_WORD) return false;
  if (len >= MAX_TOKEN) return true;
  const head = text.slice(tokenStart, tokenStart + 4).toLowerCase();
  return head !== 'http' && head !== 'www.';
}
/** Drafts up to this length are parsed whole (covers every conformance case). */
export const WHOLE = 2000;

export interface Measure {
  weighted: number;
  valid: boolean;
  /** UTF-16 offset where the text stops fitting the limit (text.length when it fits). */
  validEnd: number;
}

const isSeparator = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/**
 * No run of MAX_WORD units without a separator: each whole block of half that length, from the
 * start, holds a separator (such a run would hold a whole block). Most blocks show one within a
 * few units, so far fewer units are read than a walk over every unit reads.
 */
function shortTokens(text: string): boolean {
  const half = MAX_WORD / 2;
  for (let p = 0; p + half <= text.length; p += half) {
    let k = p;
    while (k < p + half && !isSeparator(text.charCodeAt(k))) k++;
    if (k === p + half) return false;
  }
  return true;
}

/** Splits text into [start, end) ranges at whitespace, each about CHUNK long, no token over MAX_TOKEN. */
export function chunks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  if (shortTokens(text)) {
    // No token to cut: each range ends after the last separator of its first CHUNK units (there
    // is one: CHUNK units hold a whole block), as the walk below cuts them.
    for (let cut; text.length - start >= CHUNK; start = cut + 1) {
      cut = start + CHUNK - 1;
      while (!isSeparator(text.charCodeAt(cut))) cut--;
      out.push([start, cut + 1]);
    }
    if (start < text.length) out.push([start, text.length]);
    return out;
  }
  let lastSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) lastSpace = i;
    const len = i + 1 - start;
    if (len >= CHUNK && lastSpace >= start) {
      out.push([start, lastSpace + 1]);
      start = lastSpace + 1;
    } else if (tokenTooLong(text, Math.max(start, lastSpace + 1), i + 1)) {
      // A token too long to parse safely: cut it, never between a surrogate pair.
      let cut = i + 1;
      if (cut < text.length && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--;
      if (cut > start) {
        out.push([start, cut]);
        start = cut;
        lastSpace = cut - 1;
      }
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

function config(limit: number) {
  return { ...V3, maxWeightedTweetLength: limit };
}

/** twitter-text's per-character weight (config v3): 100 for Latin and common punctuation, else 200. */
function weightOf(code: number): number {
  // (Only asked of units outside the first range: those inside it are weighed as runs.)
  for (const r of V3.ranges) if (code >= r.start && code <= r.end) return r.weight;
  return V3.defaultWeight ?? 200;
}

const FIRST = V3.ranges[0]!;
/** A unit outside the first range (which starts at U+0000). */
const HEAVY = new RegExp(`[^\\0-${String.fromCharCode(FIRST.end)}]`, 'g');

/** The characters parseTweet counts as invalid (U+FFFE, U+FEFF, U+FFFF). */
const isInvalid = (c: number) => c === 0xfffe || c === 0xfeff || c === 0xffff;

/**
 * A unit outside those NFC leaves alone and that compose with no unit before them (Latin up to
 * U+02FF, punctuation and currency signs, emoji and their variation selector: checked against the
 * Unicode data): a text with none is its own NFC, without normalize(), which copies the text.
 */
const NFC_UNSURE = /[^\ufe0f\0-\u02ff\u2002-\u20cf\udc00-\udfff\ud83c-\ud83e]/;

/**
 * parseTweet's algorithm for a long draft, reusing the URL entities already extracted instead of
 * running twitter-text's URL scan a second time: URLs weigh 23, an emoji sequence 2, other
 * characters 1 or 2 by range. Returns null for text that NFC normalisation would change, which
 * parseTweet measures after normalising. tests/engine/twitter.test.ts checks it against parseTweet.
 */
export function measureWithUrls(text: string, limit: number, urls: readonly Entity[]): Measure | null {
  if (NFC_UNSURE.test(text) && text.normalize() !== text) return null;
  const scale = V3.scale ?? 100;
  const max = limit * scale;
  let weighted = 0;
  let validEnd = 0; // parseTweet starts its valid range at index 0 too
  let valid = true;
  forEachUnit(text, urls, (start, end, weight, run) => {
    if (run) {
      // The run's last unit that still fits the limit (no unit of a run is invalid).
      const fit = Math.min(end - start, Math.floor((max - weighted) / weight));
      if (valid && fit > 0) validEnd = start + fit - 1;
      weighted += (end - start) * weight;
      return;
    }
    weighted += weight;
    if (valid) valid = !isInvalid(text.charCodeAt(end - 1));
    if (valid && weighted <= max) validEnd = end - 1;
  });
  const w = weighted / scale;
  const ok = valid && w > 0 && w <= limit;
  return { weighted: w, valid: ok, validEnd: ok ? text.length : validEnd + 1 };
}

/**
 * X's weight of every prefix of the text, so any part's weight is a subtraction: `at[i]` is the
 * weight of text[0, i) in X's units (a Latin letter 1, a CJK character or an emoji sequence 2, a
 * URL 23). A URL or emoji sequence counts whole at its first character, so a part that starts and
 * ends outside them weighs exactly what parseTweet says. For text that NFC would change, parseTweet
 * weighs the composed form, which is never heavier (a composed character weighs at most what its
 * parts do), so the prefixes may overstate and a cut made with them still fits.
 */
export function prefixWeights(text: string, urls: readonly Entity[]): Float64Array {
  const scale = V3.scale ?? 100;
  const at = new Float64Array(text.length + 1);
  let weighted = 0;
  let next = 0;
  forEachUnit(text, urls, (start, end, weight, run) => {
    for (; next <= start; next++) at[next] = weighted;
    weighted += weight / scale;
    for (; next < end; next++) {
      at[next] = weighted;
      if (run) weighted += weight / scale;
    }
  });
  for (; next <= text.length; next++) at[next] = weighted;
  return at;
}

// The emoji sequences of the last text walked: an over-long draft is walked twice, once to measure
// it and once for the thread split's prefix weights. Only read, never changed.
let lastText: string | undefined;
let lastEmoji: EmojiEntity[] = [];
function emojiOf(text: string): EmojiEntity[] {
  if (text !== lastText) {
    lastEmoji = emojiIn(text);
    lastText = text;
  }
  return lastEmoji;
}

/**
 * A code unit twemoji's pattern can match: the pattern is made of code units from U+2000 up
 * (ZWJ, variation selectors, keycap, emoji, surrogates), the keycap bases # * 0-9, © and ®, and
 * holds no negated class, dot or look-behind (its only look-ahead, "not U+FE0E", holds after
 * any other character as at the end). So every match lies within a run of these units.
 */
function inEmojiRun(c: number): boolean {
  return c >= 0x2000 || (c >= 0x30 && c <= 0x39) || c === 0x23 || c === 0x2a || c === 0xa9 || c === 0xae;
}

/** A unit a twemoji match can open with (a keycap's base is followed by U+20E3). */
const EMOJI_OPENER = /[©®\u203c-\uffff]/g;

/**
 * twemoji's parse, run on each run of units its pattern can match (see inEmojiRun) that holds a
 * unit a match can open with (©, ®, or U+203C and up: a keycap's base is followed by U+20E3),
 * instead of the whole text: the same matches, where the whole text would be tried at every
 * position. Drafts in Latin script with plain punctuation have no such run.
 */
export function emojiIn(text: string): EmojiEntity[] {
  const out: EmojiEntity[] = [];
  let from = 0;
  EMOJI_OPENER.lastIndex = 0;
  // (test(): no match array; the match is the one unit before lastIndex.)
  while (EMOJI_OPENER.test(text)) {
    // The run around this unit; the next unit a match opens with is looked for after it.
    let end = EMOJI_OPENER.lastIndex;
    let start = end - 1;
    while (start > from && inEmojiRun(text.charCodeAt(start - 1))) start--;
    while (end < text.length && inEmojiRun(text.charCodeAt(end))) end++;
    EMOJI_OPENER.lastIndex = from = end;
    // twemoji-parser's parse() on the run, offsets only.
    const run = start === 0 && end === text.length ? text : text.slice(start, end);
    EMOJI.lastIndex = 0;
    for (let e = EMOJI.exec(run); e; e = EMOJI.exec(run)) out.push({ indices: [start + e.index, start + EMOJI.lastIndex] });
  }
  return out;
}

/**
 * Walks the text as parseTweet weighs it: URLs, emoji sequences, surrogate pairs and single
 * characters, each a unit of `weight`, and runs of first-range characters (`run`: each character
 * its own unit of `weight`), so Latin text costs a visit per run rather than per character.
 */
function forEachUnit(text: string, urls: readonly Entity[], visit: (start: number, end: number, weight: number, run: boolean) => void): void {
  // URLs and emoji sequences come in order and never overlap their own kind, so a pointer into
  // each finds the one starting at i (one that starts where the walk never stops is passed over).
  const emoji = emojiOf(text);
  let u = 0;
  let em = 0;
  let heavy = -1; // the first unit outside the first range from where it was last looked for
  for (let i = 0; i < text.length; ) {
    while (u < urls.length && urls[u]!.start < i) u++;
    while (em < emoji.length && emoji[em]!.indices[0] < i) em++;
    let end: number;
    let weight: number;
    let run = false;
    if (u < urls.length && urls[u]!.start === i) {
      end = urls[u]!.end;
      weight = (V3.transformedURLLength ?? 23) * (V3.scale ?? 100);
    } else if (em < emoji.length && emoji[em]!.indices[0] === i) {
      end = emoji[em]!.indices[1];
      weight = V3.defaultWeight ?? 200;
    } else {
      if (heavy < i && text.charCodeAt(i) <= FIRST.end) {
        HEAVY.lastIndex = i;
        // (test(): no match array; the match is the one unit before lastIndex.)
        heavy = HEAVY.test(text) ? HEAVY.lastIndex - 1 : text.length;
      }
      // The run of first-range characters (no surrogate, no invalid one) up to the next URL,
      // emoji sequence or other character.
      end = Math.min(heavy, u < urls.length ? urls[u]!.start : text.length, em < emoji.length ? emoji[em]!.indices[0] : text.length);
      run = end > i;
      if (run) weight = FIRST.weight;
      else {
        const c = text.charCodeAt(i);
        // As parseTweet does: a surrogate pair is weighed by its second half.
        const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
        end = pair ? i + 2 : i + 1;
        weight = weightOf(text.charCodeAt(end - 1));
      }
    }
    visit(i, end, weight, run);
    i = end;
  }
}

/** A run without whitespace that twitter-text's URL scan would be slow on (see tokenTooLong). */
function hasLongToken(text: string): boolean {
  if (shortTokens(text)) return false;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isSeparator(c)) {
      if (tokenTooLong(text, start, i)) return true;
      start = i + 1;
    }
  }
  return false;
}

export function measure(text: string, limit: number): Measure {
  const cfg = config(limit);
  if (text.length <= WHOLE && !hasLongToken(text)) {
    const r = parseTweet(text, cfg);
    return { weighted: r.weightedLength, valid: r.valid, validEnd: r.valid ? text.length : r.validRangeEnd + 1 };
  }
  let weighted = 0;
  let invalidChars = false;
  let validEnd = text.length;
  const big = config(Number.MAX_SAFE_INTEGER);
  for (const [s, e] of chunks(text)) {
    const part = text.slice(s, e);
    const r = parseTweet(part, big);
    if (!r.valid && r.weightedLength > 0) invalidChars = true;
    if (validEnd === text.length && weighted + r.weightedLength > limit) {
      const fit = parseTweet(part, config(Math.max(0, limit - weighted)));
      validEnd = s + (fit.validRangeEnd + 1 > 0 && limit - weighted > 0 ? fit.validRangeEnd + 1 : 0);
    }
    weighted += r.weightedLength;
  }
  const blank = text.trim() === '';
  return { weighted, valid: !blank && !invalidChars && weighted <= limit, validEnd };
}

// twitter-text's hashtag pattern (groups: the boundary character, the hash sign, the tag) and the
// check it makes after a match, as our own instances (their lastIndex is ours to move).
const HASHTAG = new RegExp(regexen.validHashtag.source, regexen.validHashtag.flags);
const HASH_SIGN = new RegExp(regexen.hashSigns.source, 'g');
const END_HASHTAG = new RegExp(regexen.endHashtagMatch.source.replace(/^\^/, ''), 'y');

/**
 * twitter-text's extractHashtagsWithIndices(text, { checkUrlOverlap: false }), match for match,
 * with its pattern run only from just before each hash sign. A hashtag match is a boundary (the
 * start, or one code point: at most two UTF-16 units) and then a hash sign, so no match starts
 * more than two units before the next hash sign; trying the pattern at every other position is
 * what makes twitter-text slow on long runs of hashtags without spaces.
 */
function hashtagsOf(text: string, tags: EntityWithIndices[]): void {
  let from = 0;
  for (;;) {
    HASH_SIGN.lastIndex = from;
    // (The sign is the one unit before lastIndex.)
    if (!HASH_SIGN.test(text)) break;
    HASHTAG.lastIndex = Math.max(from, HASH_SIGN.lastIndex - 3);
    const m = HASHTAG.exec(text);
    if (!m) break;
    from = HASHTAG.lastIndex;
    // As twitter-text does: a tag followed by another hash sign or "://" is no tag.
    END_HASHTAG.lastIndex = from;
    if (END_HASHTAG.test(text)) continue;
    const start = m.index + m[1]!.length;
    tags.push({ hashtag: m[3]!, indices: [start, start + m[3]!.length + 1] });
  }
}

// twitter-text's mention pattern (groups: the boundary, the at sign, the name, the list) and the
// check it makes after a match, as our own instances.
const MENTION = new RegExp(regexen.validMentionOrList.source, 'g');
const END_MENTION = new RegExp(regexen.endMentionMatch.source.replace(/^\^/, ''), 'y');

/**
 * twitter-text's extractMentionsOrListsWithIndices, match for match: it runs the same pattern
 * through String.replace with a callback that cuts off the rest of the text after each match to
 * test it, which costs microseconds a mention; here the test is made in place (sticky).
 */
function mentionsOf(text: string, names: EntityWithIndices[]): void {
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) {
    END_MENTION.lastIndex = m.index + m[0].length;
    if (END_MENTION.test(text)) continue;
    const list = m[4] ?? '';
    const start = m.index + m[1]!.length;
    names.push({ screenName: m[3]!, listSlug: list, indices: [start, start + m[3]!.length + list.length + 1] });
  }
}

// Every URL twitter-text finds has a domain that ends in "." and a top-level domain (its URL
// pattern puts validDomainName, which ends in "\.", right before the TLD alternatives). A text
// where no "." is followed by a TLD holds no URL, and this test, which only starts at a ".", is
// far cheaper than the URL pattern, which starts at every character.
const TLD_AFTER_DOT = new RegExp(`\\.(?:${regexen.validGTLD.source}|${regexen.validCCTLD.source}|${regexen.validPunycode.source})`, 'i');
// Every top-level domain opens with a letter (or U+0345, which the pattern's case folding reads as
// "ι"): a text where no "." is followed by one holds no URL, and this is cheaper still.
const LETTER_AFTER_DOT = /\.[\p{L}\u0345]/gu;

/**
 * twitter-text's extractUrlsWithIndices, run on each token (a run without space, tab or line
 * break) holding a "." before a letter and a top-level domain, from the separator before it,
 * rather than on the whole text. A URL holds no whitespace and its pattern looks at one character
 * before it and, after it, only for a character that is not a letter or digit (which a separator
 * and the end both are), so each token gives the matches the whole text gives there.
 */
function urlsOf(text: string): EntityWithIndices[] {
  const urls: EntityWithIndices[] = [];
  let tokenEnd = 0;
  LETTER_AFTER_DOT.lastIndex = 0;
  for (let m = LETTER_AFTER_DOT.exec(text); m; m = LETTER_AFTER_DOT.exec(text)) {
    let start = m.index;
    while (start > tokenEnd && !isSeparator(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isSeparator(text.charCodeAt(end))) end++;
    // The next "." is looked for after this token; so each unit is read a bounded number of times.
    LETTER_AFTER_DOT.lastIndex = tokenEnd = end;
    const from = start > 0 ? start - 1 : 0;
    const token = from === 0 && end === text.length ? text : text.slice(from, end);
    let found = tokenUrls.get(token);
    if (!found) {
      found = TLD_AFTER_DOT.test(token) ? extractUrlsWithIndices(token) : [];
      if (tokenUrls.size >= 64) tokenUrls.clear();
      tokenUrls.set(token, found);
    }
    for (const url of found) urls.push(from ? { url: url.url, indices: [url.indices[0] + from, url.indices[1] + from] } : url);
  }
  return urls;
}

// The URLs of the last tokens looked at (only read): the scan costs microseconds a token, and the
// tokens of a draft stay the same from one keystroke to the next (bounded: cleared when full).
const tokenUrls = new Map<string, UrlWithIndices[]>();

/** twitter-text's extractEntitiesWithIndices, step for step, without the URL scan when no URL can be there. */
function entitiesOf(text: string): EntityWithIndices[] {
  // URLs, mentions, hashtags, cashtags, in one list.
  const entities = urlsOf(text);
  // No mention without an at sign.
  if (text.includes('@') || text.includes('＠')) mentionsOf(text, entities);
  hashtagsOf(text, entities);
  entities.push(...extractCashtagsWithIndices(text));
  if (entities.length > 1) removeOverlappingEntities(entities);
  return entities;
}

// The last text's ranges, each with its text and entities (entitiesOf's results are only read): a
// keystroke changes one range of a long draft and leaves those before it as they were, each the
// same text as the last one in its place (a string comparison, where a look-up by text hashes it).
let lastParts: Array<readonly [string, EntityWithIndices[]]> = [];

/** URLs, @mentions, #hashtags and $cashtags with UTF-16 offsets, as X recognises them. */
export function extractEntities(text: string): Entity[] {
  const ranges: Array<[number, number]> = text.length <= WHOLE && !hasLongToken(text) ? [[0, text.length]] : chunks(text);
  const out: Entity[] = [];
  const parts: Array<readonly [string, EntityWithIndices[]]> = [];
  for (const [s, e] of ranges) {
    const part = s === 0 && e === text.length ? text : text.slice(s, e);
    const last = lastParts[parts.length];
    const found = last?.[0] === part ? last[1] : entitiesOf(part);
    parts.push([part, found]);
    for (const ent of found) {
      const [a, b] = ent.indices;
      const start = s + a;
      const end = s + b;
      const kind = 'url' in ent ? 'url' : 'hashtag' in ent ? 'hashtag' : 'cashtag' in ent ? 'cashtag' : 'mention';
      out.push({ kind, text: text.slice(start, end), start, end });
    }
  }
  lastParts = parts;
  return out;
}
