// twemoji-parser ships no types; this is the part the engine uses.
declare module 'twemoji-parser' {
  export interface EmojiEntity {
    text: string;
    /** UTF-16 offsets [start, end). */
    indices: [number, number];
  }
  export function parse(text: string): EmojiEntity[];
}

// Its pattern (the module's ES default export, global flag set), which twitter.ts runs itself.
declare module 'twemoji-parser/dist/lib/regex.js' {
  const pattern: RegExp | { default: RegExp };
  export default pattern;
}
