// twitter-text's modules one by one, each its default export (typed as @types/twitter-text types the
// whole): twitter.ts imports the functions and patterns it uses rather than the package's index,
// whose every function (autoLink, htmlEscape…) and pattern the bundler keeps, with the polyfills
// they need, though the content script calls none of them.
declare module 'twitter-text/dist/esm/parseTweet.js' {
  const parseTweet: typeof import('twitter-text').parseTweet;
  export default parseTweet;
}
declare module 'twitter-text/dist/esm/extractUrlsWithIndices.js' {
  const extractUrlsWithIndices: typeof import('twitter-text').extractUrlsWithIndices;
  export default extractUrlsWithIndices;
}
declare module 'twitter-text/dist/esm/extractCashtagsWithIndices.js' {
  const extractCashtagsWithIndices: typeof import('twitter-text').extractCashtagsWithIndices;
  export default extractCashtagsWithIndices;
}
declare module 'twitter-text/dist/esm/removeOverlappingEntities.js' {
  const removeOverlappingEntities: typeof import('twitter-text').removeOverlappingEntities;
  export default removeOverlappingEntities;
}
// Its configs, which @types/twitter-text does not declare.
declare module 'twitter-text/dist/esm/configs.js' {
  const configs: { version3: import('twitter-text').ParseTweetOptions & { ranges: Array<{ start: number; end: number; weight: number }> } };
  export default configs;
}
// One of its patterns (regexen.<name>).
declare module 'twitter-text/dist/esm/regexp/*' {
  const pattern: RegExp;
  export default pattern;
}
