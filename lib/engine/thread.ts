// Splits an over-long draft into a numbered thread at sentence boundaries ("1/3", "2/3"…),
// each post within the limit once its numbering is added. A sentence longer than a post is cut
// at the last space that fits (inside a word only when a single word is too long). The work is
// bounded: at most MAX_POSTS posts, and each measurement looks at one post's worth of text.
import { measure } from './twitter.ts';
import type { Document } from './types.ts';

const MAX_POSTS = 25;

function fits(text: string, limit: number): boolean {
  return measure(text, limit).weighted <= limit;
}

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
  let current = '';
  const add = (piece: string) => {
    if (!piece || posts.length >= MAX_POSTS) return;
    const joined = current ? `${current} ${piece}` : piece;
    if (fits(joined, room)) current = joined;
    else {
      if (current) posts.push(current);
      current = piece;
    }
  };
  for (const s of doc.sentences) {
    let rest = doc.text.slice(s.start, s.end).trim();
    while (rest && (rest.length > room * 4 || !fits(rest, room)) && posts.length < MAX_POSTS) {
      const at = cutAt(rest, room);
      add(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    add(rest);
    if (posts.length >= MAX_POSTS) break;
  }
  if (current && posts.length < MAX_POSTS) posts.push(current);
  const n = posts.length;
  return posts.map((p, i) => `${p} ${i + 1}/${n}`);
}
