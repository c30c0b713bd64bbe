// Splits an over-long draft into a numbered thread at sentence boundaries ("1/3", "2/3"…),
// each post within the limit once its numbering is added. A sentence longer than a post is cut
// at the last space that fits (never inside a word unless a single word is too long).
import { measure } from './twitter.ts';
import type { Document } from './types.ts';

const MAX_POSTS = 50;

function fits(text: string, limit: number): boolean {
  return measure(text, limit).weighted <= limit;
}

/** Cuts a piece that is too long on its own into parts that fit `room`. */
function cut(piece: string, room: number): string[] {
  const out: string[] = [];
  let rest = piece;
  while (rest && !fits(rest, room)) {
    const end = Math.max(1, measure(rest, room).validEnd);
    const space = rest.lastIndexOf(' ', end);
    const at = space > 0 ? space : end;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
    if (out.length > MAX_POSTS) break;
  }
  if (rest) out.push(rest);
  return out;
}

export function splitThread(doc: Document, limit: number): string[] {
  if (doc.length.weighted <= limit) return [];
  const text = doc.text;
  // Room for the " n/N" suffix: at most " 50/50".
  const room = limit - 6;
  const pieces: string[] = [];
  for (const s of doc.sentences) pieces.push(...cut(text.slice(s.start, s.end).trim(), room));
  const posts: string[] = [];
  let current = '';
  for (const p of pieces) {
    if (!p) continue;
    const joined = current ? `${current} ${p}` : p;
    if (fits(joined, room)) current = joined;
    else {
      if (current) posts.push(current);
      current = p;
    }
    if (posts.length >= MAX_POSTS) break;
  }
  if (current && posts.length < MAX_POSTS) posts.push(current);
  const n = posts.length;
  return posts.map((p, i) => `${p} ${i + 1}/${n}`);
}
