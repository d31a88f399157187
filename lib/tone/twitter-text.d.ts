/**
 * twitter-text's own build of `parseTweet` alone: its package entry is one object holding every
 * function, which no bundler can tree-shake, so importing it costs the content script ~12 KB
 * gzip more than this file does.
 */
declare module 'twitter-text/dist/parseTweet.js' {
  export { parseTweet as default } from 'twitter-text';
}
