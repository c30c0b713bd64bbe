// Checks the hand-written fast paths against what they stand for, on the labelled drafts, the
// bench's patterns and random strings over the characters that matter: the tokenizer against its
// regex, entity extraction against twitter-text's extractEntitiesWithIndices, each word list
// against its one regex with a leading look-behind, emoji found run by run against twemoji's
// parse of the whole text, clause boundaries and masked words found by hand against their regexes, and the measure
// against parseTweet. Prints the differences (there should be none).
// Usage: tsx scripts/bench/equivalence.ts [random strings per check, default 50000]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import twitterText from 'twitter-text';
import { parse as parseEmoji } from 'twemoji-parser';
import { tokenize } from '../../lib/engine/document.ts';
import { chunks, emojiIn, extractEntities, measureWithUrls, WHOLE } from '../../lib/engine/twitter.ts';
import { lexicon, listFlags } from '../../lib/engine/professionalism/lexicon.ts';
import { boundaryAt } from '../../lib/engine/professionalism/clauses.ts';
import { maskedMatches } from '../../lib/engine/professionalism/candidates.ts';
import * as cues from '../../lib/engine/data/professionalism-cues.ts';
import { STIGMA } from '../../lib/engine/data/stigma.ts';
import { PROFANITY } from '../../lib/engine/data/profanity.ts';
import { COMPANIES, DISCLOSURES } from '../../lib/engine/data/disclosure.ts';
import { patterns, repeatTo } from './search.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const n = Number(process.argv[2] ?? 50_000);
let seed = 1;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const random = (parts: readonly string[], max: number) => Array.from({ length: 1 + Math.floor(rnd() * max) }, () => pick(parts)).join('');

const drafts: string[] = [];
for (const f of ['dev', 'train', 'professionalism-train']) {
  try {
    for (const l of readFileSync(resolve(root, '../shared/eval', f + '.jsonl'), 'utf8').split('\n').filter(Boolean)) drafts.push((JSON.parse(l) as { text: string }).text);
  } catch {
    // The labelled drafts are optional here: the patterns and random strings still run.
  }
}
const base = [...drafts, ...patterns().map((p) => repeatTo(p, 300))];
let failures = 0;
function report(name: string, texts: readonly string[], same: (t: string) => boolean): void {
  let bad = 0;
  for (const t of texts) {
    if (same(t)) continue;
    if (bad++ < 3) console.log(`  ${name} differs on ${JSON.stringify(t.slice(0, 120))}`);
  }
  failures += bad;
  console.log(`${name}: ${texts.length} texts, ${bad} differences`);
}

// 1. The tokenizer.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
const wordsByRegex = (text: string) => {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) out.push(`${m.index}:${m[0].toLowerCase().replace(/’/g, "'")}`);
  return out.join('|');
};
const wordsByScan = (text: string, lower: boolean) => {
  const l = text.toLowerCase();
  return tokenize(text, lower && l.length === text.length && !text.includes('Σ') ? l : undefined).map((w) => `${w.start}:${w.lower}`).join('|');
};
const wordParts = ['a', 'Z', '1', "'", '’', '-', ' ', 'é', 'e\u0301', '\u0301', 'Σ', 'ΑΣ', 'ς', 'İ', 'ß', 'ǅ', '𝐀', '𝟙', '😀', '\ud835', '\udc00', '日', 'ا', '٣', '\u200d', '.', 'ﬁ', 'Ⅻ', 'ⓐ', '\u0345'];
const tokenTexts = [...base, ...Array.from({ length: n }, () => random(wordParts, 12))];
report('tokenizer', tokenTexts, (t) => wordsByRegex(t) === wordsByScan(t, true) && wordsByRegex(t) === wordsByScan(t, false));

// 2. Entities, chunk by chunk as twitter.ts cuts long text.
const hasLongToken = (text: string) => /(?:^|[ \n\t\r])(?![hH][tT][tT][pP]|[wW][wW][wW]\.)[^ \n\t\r]{100}|[^ \n\t\r]{500}/.test(text);
const entitiesByTwitterText = (text: string) => {
  const ranges = text.length <= WHOLE && !hasLongToken(text) ? [[0, text.length] as const] : chunks(text);
  const out: string[] = [];
  for (const [s, e] of ranges) {
    for (const ent of twitterText.extractEntitiesWithIndices(text.slice(s, e))) {
      const kind = 'url' in ent ? 'url' : 'hashtag' in ent ? 'hashtag' : 'cashtag' in ent ? 'cashtag' : 'mention';
      out.push(`${s + ent.indices[0]}-${s + ent.indices[1]}${kind}`);
    }
  }
  return out.join('|');
};
const entityParts = ['a', 'B', '.', '. ', 'com', 'co', 'uk', 'xn--p1ai', 'рф', 'http://', 'https://', 'www', '/', '@x', '#t', '#', '＃', '$AB', ' ', 'é', '😀', '-', '_', '\uFE0F', '\u20E3', '&', '://', '日', '?q=1', ':80', 't.co/abc'];
const entityTexts = [...base, ...Array.from({ length: n }, () => random(entityParts, 12))];
report('entities', entityTexts, (t) => entitiesByTwitterText(t) === extractEntities(t).map((e) => `${e.start}-${e.end}${e.kind}`).join('|'));

// 3. Word lists, on clauses and on long texts (which take the windowed path).
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const listRegex = (list: readonly string[]) => {
  const alts = [...new Set(list.map((w) => w.toLowerCase()))]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(ESCAPE, '\\$&').replace(/'/g, "['’]").replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
};
const lists: Array<readonly string[]> = Object.values(cues).filter((v): v is string[] => Array.isArray(v) && typeof v[0] === 'string');
lists.push(STIGMA.map((s) => s.term), PROFANITY, COMPANIES, DISCLOSURES);
const pairs = lists.map((l) => [listRegex(l), lexicon(l)] as const);
const listWords = [...new Set(lists.flat())];
const glue = [' ', '-', '1', 'a', '𝐚', "'", '’', '  ', '\n', 'é', '.', ',', '日'];
const listTexts = [...base.map((t) => t.toLowerCase()), ...Array.from({ length: n / 5 }, () => random([...listWords, ...glue, ...glue], 8).toLowerCase())];
for (let i = 0; i < n / 50; i++) {
  let s = '';
  while (s.length < 1000 + rnd() * 2000) s += pick(listTexts) + pick(glue);
  listTexts.push(s);
}
report('word lists', listTexts, (t) =>
  pairs.every(([re, lx]) => {
    const byRegex: string[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) byRegex.push(`${m.index}-${m.index + m[0].length}`);
    // Without the text's list flags (a whole draft) and with them (a clause, tried where a phrase can start).
    const flags = listFlags(t);
    return (
      byRegex.join('|') === lx.all(t).map((m) => `${m.start}-${m.end}`).join('|') && byRegex.length > 0 === lx.test(t) &&
      byRegex.join('|') === lx.all(t, flags).map((m) => `${m.start}-${m.end}`).join('|') && byRegex.length > 0 === lx.test(t, flags)
    );
  }),
);

// 4. Emoji sequences, found run by run (twitter.ts emojiIn) and by twemoji over the whole text.
const emojiParts = ['a', ' ', '1', '#', '*', '©', '®', '\uFE0F', '\uFE0E', '\u20E3', '\u200D', '’', '…', '‼', '☺', '❤', '👩', '🏽', '⚕', '🇬', '🇧', '🏴', '\u{E0067}', '\u{E007F}', '\ud83d', '😀', '日', '\u2640', '\u2642', '\u2000', '\u203B'];
const emojiTexts = [...base, ...Array.from({ length: n }, () => random(emojiParts, 12))];
const emojiKey = (es: ReadonlyArray<{ indices: readonly number[] }>) => es.map((e) => e.indices.join('-')).join('|');
report('emoji', emojiTexts, (t) => emojiKey(emojiIn(t)) === emojiKey(parseEmoji(t)));

// 5. Clause boundaries (professionalism/clauses.ts) against the pattern they were found by.
const BOUNDARY = /[.!?;]+(?=\s|$)|[,:](?=\s)|\s[-–—]\s|—|\n|[\p{Extended_Pictographic}\u2190-\u21ff\u2b00-\u2bff]/gu;
const clauseParts = ['a', ' ', '.', '!', '?', ';', ',', ':', '-', '–', '—', '\n', '\t', '\u000b', '\u0085', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '😀', '👩🏽‍⚕️', '→', '⬆', '©', '‼', '"', '’', ')', '@b', '日', '\ud83d', '\udc00', '…'];
const clauseTexts = [...base, ...Array.from({ length: n }, () => random(clauseParts, 14))];
report('clause boundaries', clauseTexts, (t) => {
  const byRegex: string[] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(t); m; m = BOUNDARY.exec(t)) byRegex.push(`${m.index}-${m.index + m[0].length}${m[0].trim().charAt(0)}`);
  const byHand: string[] = [];
  for (let b = boundaryAt(t, 0); b; b = boundaryAt(t, b.end)) byHand.push(`${b.start}-${b.end}${b.next}`);
  return byRegex.join('|') === byHand.join('|');
});
// 5b. Masked words (professionalism/candidates.ts maskedMatches) against their pattern: the same
// matches that hold a letter (those without one unmask to nothing and may be passed over).
const MASKED = /(?<![\p{L}\p{N}@#-])\p{L}{0,6}[*!$@#10-]{1,4}\p{L}{0,8}(?![\p{L}\p{N}-])/gu;
const maskParts = ['a', 'f', 'ck', 'sh', 'abcdefg', 'É', 'ß', '日', '𝐀', '😀', '1', '0', '2', '٣', '²', '@', '#', '-', '*', '!', '$', ' ', '.', "'", '\u0301', '\ud83d'];
const maskTexts = [...base, ...Array.from({ length: n }, () => random(maskParts, 16))];
const lettered = (t: string, spans: Array<[number, number]>) => spans.filter(([a, b]) => /\p{L}/u.test(t.slice(a, b))).join('|');
report('masked words', maskTexts, (t) => {
  const byHand: Array<[number, number]> = [];
  maskedMatches(t, (a, b) => byHand.push([a, b]));
  return lettered(t, [...t.matchAll(MASKED)].map((m) => [m.index, m.index + m[0].length])) === lettered(t, byHand);
});
// 6. The measure's walk (twitter.ts measureWithUrls) against parseTweet, on the texts (up to
// WHOLE characters) where the URLs the engine finds are the ones parseTweet weighs. Where they are
// not, the two disagree before any walk: parseTweet links "x.com" right after a non-ASCII letter
// ("aéx.com"), twitter-text's extractEntitiesWithIndices, which the engine follows, does not.
const measureParts = ['a', 'Z', ' ', '.', 'é', '\u1100', '\u2000', '\u2026', '日', '😀', '👩🏽‍⚕️', '\uFE0F', '\u20E3', '#', '1', '©', '\ufeff', '\ufffe', '\ud83d', 'https://t.co/abc', 'x.com', '\n', '\u0301'];
const urlKey = (spans: ReadonlyArray<{ start: number; end: number }>) => spans.map((u) => `${u.start}-${u.end}`).join('|');
let otherUrls = 0;
const measureTexts = [...base, ...Array.from({ length: n }, () => random(measureParts, 24))].filter((t) => {
  if (t.length > WHOLE || t.normalize() !== t) return false;
  const ours = urlKey(extractEntities(t).filter((e) => e.kind === 'url'));
  const theirs = urlKey(twitterText.extractUrlsWithIndices(t, { extractUrlsWithoutProtocol: true }).map((u) => ({ start: u.indices[0], end: u.indices[1] })));
  if (ours !== theirs) otherUrls++;
  return ours === theirs;
});
report('measure', measureTexts, (t) => {
  const mine = measureWithUrls(t, 280, extractEntities(t).filter((e) => e.kind === 'url'));
  const ref = twitterText.parseTweet(t);
  return !!mine && mine.weighted === ref.weightedLength && mine.valid === ref.valid && (ref.valid || mine.validEnd === ref.validRangeEnd + 1);
});
console.log(`  (${otherUrls} texts left out: parseTweet weighs other URLs than the engine finds)`);
process.exitCode = failures ? 1 : 0;
