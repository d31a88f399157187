import { indexWords } from '../text/words';

/**
 * Words that say nothing about what a post is about. Customer posts are short and chatty, so
 * greetings and fillers count as stop words too; "thanks", "sorry" and "help" do not, because
 * they tell praise from complaints.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'against', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at',
  'be', 'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'cannot', 'could', 'did', 'do',
  'does', 'doing', 'during', 'each', 'even', 'ever', 'few', 'for', 'from', 'further', 'get', 'got', 'had',
  'has', 'have', 'having', 'he', 'her', 'here', 'hers', 'herself', 'him', 'himself', 'his', 'how', 'i', 'if', 'in',
  'into', 'is', 'it', 'its', 'itself', 'just', 'let', 'like', 'me', 'more', 'most', 'my', 'myself', 'now', 'of',
  'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'ourselves', 'over', 'own', 'really', 'same',
  'she', 'should', 'so', 'some', 'such', 'than', 'that', 'the', 'their', 'theirs', 'them', 'themselves', 'then',
  'there', 'these', 'they', 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'us', 'very', 'was',
  'we', 'were', 'what', 'when', 'where', 'which', 'while', 'who', 'whom', 'why', 'will', 'with', 'would', 'you',
  'your', 'yours', 'yourself', 'yourselves', 'im', 'ive', 'id', 'ill', 'youre', 'youve', 'youll', 'were', 'weve',
  'well', 'its', 'thats', 'theres', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'cant', 'wont', 'hi',
  'hey', 'hello', 'ok', 'okay', 'pls', 'please', 'plz', 'lol', 'omg', 'yes', 'yeah', 'one', 'still', 'today', 'via',
  'amp', 'go', 'going', 'know', 'make', 'want', 'need', 'way', 'much', 'many', 'every', 'say', 'said', 'no', 'not', 'never', 'nothing',
]);

const VOWELS = /[aeiouy]/;
/** Suffixes stripped, each with the shortest stem it may leave ("apply" is not "app" + "ly"). */
const SUFFIXES: readonly (readonly [string, number])[] = [['ation', 3], ['ing', 3], ['ed', 3], ['ly', 4], ['ment', 3]];

/**
 * A word's stem by a few suffix rules, enough for "refunds", "refunded" and "refunding" to meet
 * "refund", and "charged", "charges", "charging" to meet "charge". Not Porter: templates and posts
 * are short, and every rule here must be cheap and never merge unrelated words of four letters.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, shortest] of SUFFIXES) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= shortest && VOWELS.test(base)) {
      w = base;
      break;
    }
  }
  if (w.length > 4 && w.endsWith('y') && !VOWELS.test(w[w.length - 2] ?? '')) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !VOWELS.test(w[w.length - 1] ?? '')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.replace(/['’]/g, ''));
}

/** Links and @mentions name no topic: "@ShopCare" is in every post to the brand. */
const LINKS_AND_MENTIONS = /https?:\/\/\S+|www\.\S+|@[\w.]+/gi;

/** The distinct stems of a text's content words, in order of first appearance, each with the word it came from. */
export function contentTerms(text: string): Map<string, string> {
  return termsOfWords(indexWords(withoutLinks(text)));
}

export function withoutLinks(text: string): string {
  return text.replace(LINKS_AND_MENTIONS, ' ');
}

/**
 * `contentTerms` of words already split by `indexWords`. A library index passes one `stems`
 * memo for all its templates, which share most of their words.
 */
export function termsOfWords(words: readonly string[], stems?: Map<string, string | null>): Map<string, string> {
  const terms = new Map<string, string>();
  for (const word of words) {
    let term = stems?.get(word);
    if (term === undefined) {
      term = isStopWord(word) || /^\d+$/.test(word) ? null : stem(word);
      stems?.set(word, term);
    }
    if (term !== null && !terms.has(term)) terms.set(term, word);
  }
  return terms;
}

/**
 * The prefix a typed word is searched by: the word itself, cut back to its stem while typing a
 * full form ("refunds", "charged"), so a word the template has in another form still matches.
 */
export function searchPrefix(word: string): string {
  const base = stem(word);
  let shared = 0;
  while (shared < base.length && base[shared] === word[shared]) shared++;
  return shared >= 3 ? word.slice(0, shared) : word;
}
