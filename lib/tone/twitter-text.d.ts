/**
 * twitter-text's own builds of single functions: its package entry is one object holding every
 * function, which no bundler can tree-shake, so importing it costs the content script ~12 KB
 * gzip more than these files do (parseTweet needs extractUrlsWithIndices anyway).
 */
declare module 'twitter-text/dist/parseTweet.js' {
  export { parseTweet as default } from 'twitter-text';
}

declare module 'twitter-text/dist/extractUrlsWithIndices.js' {
  export { extractUrlsWithIndices as default } from 'twitter-text';
}
