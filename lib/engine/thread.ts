// Splits an over-long draft into a numbered thread at sentence boundaries ("1/3", "2/3"…),
// each post within the limit once its numbering is added. A sentence longer than a post is cut
// at the last space that fits (inside a word only when a single word is too long).
// Linear time: X's weight of every prefix is computed once (twitter.ts prefixWeights), so a
// part's weight is a subtraction and a cut point a binary search; posts are never re-measured.
// At most MAX_POSTS posts are built.
import { isSpace } from './document.ts';
import { prefixWeights } from './twitter.ts';
import type { Document } from './types.ts';

const MAX_POSTS = 25;
/** A joining space weighs 1 in X's count. */
const SPACE = 1;

export function splitThread(doc: Document, limit: number): string[] {
  if (doc.length.weighted <= limit) return [];
  const { text } = doc;
  const at = prefixWeights(text, doc.entities.filter((e) => e.kind === 'url'));
  const weight = (start: number, end: number) => at[end]! - at[start]!;
  // Room for the " n/N" suffix: at most " 25/25".
  const room = limit - 6;
  const posts: string[] = [];
  let pieces: string[] = [];
  let current = 0;
  const add = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end || posts.length >= MAX_POSTS) return;
    const w = weight(start, end);
    if (pieces.length && current + SPACE + w <= room) {
      pieces.push(text.slice(start, end));
      current += SPACE + w;
      return;
    }
    if (pieces.length) posts.push(pieces.join(' '));
    pieces = [text.slice(start, end)];
    current = w;
  };
  for (const s of doc.sentences) {
    let start = s.start;
    while (start < s.end && posts.length < MAX_POSTS) {
      if (weight(start, s.end) <= room) {
        add(start, s.end);
        break;
      }
      const cut = cutAt(text, at, start, s.end, room);
      add(start, cut);
      start = cut;
    }
    if (posts.length >= MAX_POSTS) break;
  }
  if (pieces.length && posts.length < MAX_POSTS) posts.push(pieces.join(' '));
  const n = posts.length;
  return posts.map((p, i) => `${p} ${i + 1}/${n}`);
}

/** Where a post-sized part of text[start, end) ends: the last space that fits, or the last character that does. */
function cutAt(text: string, at: ArrayLike<number>, start: number, end: number, room: number): number {
  // The furthest offset whose prefix from `start` still fits: a binary search, as weights only grow.
  let lo = start + 1;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (at[mid]! - at[start]! <= room) lo = mid;
    else hi = mid - 1;
  }
  // Never inside a surrogate pair.
  if (lo < end && (text.charCodeAt(lo) & 0xfc00) === 0xdc00) lo--;
  const space = text.lastIndexOf(' ', lo);
  return space > start ? space : Math.max(lo, start + 1);
}
