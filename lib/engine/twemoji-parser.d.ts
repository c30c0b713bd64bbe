// twemoji-parser ships no types; this is the part the engine uses.
declare module 'twemoji-parser' {
  export interface EmojiEntity {
    text: string;
    /** UTF-16 offsets [start, end). */
    indices: [number, number];
  }
  export function parse(text: string): EmojiEntity[];
}
