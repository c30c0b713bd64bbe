// Splits an over-long draft into a numbered thread at sentence boundaries ("1/3", "2/3"…),
// each post within the limit once its numbering is added. A sentence longer than a post is cut
// at the last space that fits (inside a word only when a single word is too long).
// Linear time: every piece is measured once and a post's weight is the running sum of its
// pieces plus one per joining space (X's weights add up across a space), so a growing post is
// never re-measured; at most MAX_POSTS posts are built.
import { measure } from './twitter.ts';
import type { Document } from './types.ts';

const MAX_POSTS = 25;
/** A joining space weighs 1 in X's count. */
const SPACE = 1;

/** Where the first post-sized part of `rest` ends: at a space when there is one. */
function cutAt(rest: string, room: number): number {
  // Every character weighs at least 1 except inside a URL (23 in all), so a window of a few
  // posts' length always holds the cut point, whatever the length of the rest.
  const window = rest.slice(0, room * 4);
  const end = Math.max(1, measure(window, room).validEnd);
  const space = window.lastIndexOf(' ', end);
  return space > 0 ? space : end;
}

export function splitThread(doc: Document, limit: number): string[] {
  if (doc.length.weighted <= limit) return [];
  // Room for the " n/N" suffix: at most " 25/25".
  const room = limit - 6;
  const posts: string[] = [];
  let pieces: string[] = [];
  let weight = 0;
  const add = (piece: string, pieceWeight: number) => {
    if (!piece || posts.length >= MAX_POSTS) return;
    if (pieces.length && weight + SPACE + pieceWeight <= room) {
      pieces.push(piece);
      weight += SPACE + pieceWeight;
      return;
    }
    if (pieces.length) posts.push(pieces.join(' '));
    pieces = [piece];
    weight = pieceWeight;
  };
  for (const s of doc.sentences) {
    let rest = doc.text.slice(s.start, s.end).trim();
    while (rest && posts.length < MAX_POSTS) {
      // A sentence of more than four posts' characters cannot fit: cut it without measuring it all.
      const whole = rest.length > room * 4 ? Infinity : measure(rest, room).weighted;
      if (whole <= room) {
        add(rest, whole);
        break;
      }
      const at = cutAt(rest, room);
      const head = rest.slice(0, at).trim();
      add(head, measure(head, room).weighted);
      rest = rest.slice(at).trim();
    }
    if (posts.length >= MAX_POSTS) break;
  }
  if (pieces.length && posts.length < MAX_POSTS) posts.push(pieces.join(' '));
  const n = posts.length;
  return posts.map((p, i) => `${p} ${i + 1}/${n}`);
}
