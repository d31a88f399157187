import type { PlaceholderValues } from './placeholders';

/** Who wrote the post being answered, as the page shows them. */
export interface PostAuthor {
  /** The display name, decorations and all ("Priya 🌻 Raman", "✨ DR. JANE ✨"). */
  authorName: string;
  /** With or without the leading "@". */
  handle: string;
}

/** What the agent's own profile and the case add. */
export interface AgentDetails {
  agent?: string;
  link?: string;
  ticket?: string;
}

/** Titles people put before their name; the name is the word after. */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev']);

/**
 * First words of display names that are not a person's name: brands, roles, jokes. Addressing
 * "Hi Official" is worse than addressing the handle.
 */
const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'official', 'team', 'support', 'help', 'customer', 'customers', 'news', 'real', 'not', 'just',
  'your', 'my', 'our', 'its', 'it', 'i', 'im', 'me', 'mister', 'anonymous', 'anon', 'user', 'admin', 'unknown', 'no',
  'name', 'account', 'deleted', 'bot', 'fan', 'fans', 'shop', 'store', 'crypto', 'nft', 'web3',
]);

/** Runs of letters with the apostrophes and hyphens names have inside ("O'Neil", "Anne-Marie"). */
const NAME_WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;
/** Marks that belong to emoji (variation selectors, joiners, skin tones, keycaps), not to letters. */
const EMOJI_MARKS = /\u200d|\ufe0e|\ufe0f|\u20e3|\p{Emoji_Modifier}/gu;
/** Anything that separates words in a display name: spaces, emoji, symbols, bars, dots. */
const WORD_BREAK = /[^\p{L}\p{M}\p{N}'’-]+/u;

/**
 * The first name in a display name, as a reply would address them, or undefined when the display
 * name holds none. Fancy letters (𝓟𝓻𝓲𝔂𝓪) are read as plain ones, emoji and decorations dropped,
 * a title skipped, and a name in all capitals or all lower case written as a name.
 */
export function firstName(displayName: string): string | undefined {
  const words = displayName.normalize('NFKC').replace(EMOJI_MARKS, ' ').split(WORD_BREAK).filter((word) => word.length > 0);
  let first = words[0];
  if (first !== undefined && HONORIFICS.has(first.toLowerCase())) first = words[1];
  if (first === undefined || first.length < 2 || !NAME_WORD.test(first)) return undefined;
  if (NOT_NAMES.has(first.toLowerCase().replace(/['’]/g, ''))) return undefined;
  return capitalised(first);
}

function capitalised(word: string): string {
  const lower = word.toLowerCase();
  // Mixed case ("DeShawn", "McKenzie") is how the person writes it; keep it.
  if (word !== lower && word !== word.toUpperCase()) return word;
  return lower.replace(/(^|['’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Placeholder values for a reply to this author: `{name}` is their first name, or their
 * "@handle" when the display name holds no name; `{handle}` always has its "@".
 */
export function placeholderValues(author: PostAuthor, details: AgentDetails = {}): PlaceholderValues {
  const bare = author.handle.trim().replace(/^@+/, '');
  const handle = bare ? `@${bare}` : undefined;
  return { name: firstName(author.authorName) ?? handle, handle, agent: details.agent, link: details.link, ticket: details.ticket };
}
