import { expand, PhraseIndex } from './phrases';

/**
 * The built-in word lists. Phrases are written in lower case with straight apostrophes;
 * "{a|b}" stands for each spelling (see `expand`).
 */

/** What a matched phrase means: the agent-facing message and, where one reads well, the fix. */
export interface PhraseRule {
  message: string;
  /** Replaces the words, in the case of what it replaces. */
  fix?: string;
  /** Takes the words out instead. */
  remove?: true;
}

interface PhraseGroup {
  patterns: readonly string[];
  rule: PhraseRule;
}

const CONDESCENDING: readonly PhraseGroup[] = [
  { patterns: ['obviously'], rule: { message: "'Obviously' can sound condescending; leave it out.", remove: true } },
  { patterns: ['simply'], rule: { message: "'Simply' makes the problem sound trivial to someone who is stuck; leave it out.", remove: true } },
  {
    patterns: [
      'as {i|we} {already|} {said|mentioned|explained|told you|stated}',
      'as {i\'ve|i have|we\'ve|we have} {already|} {said|mentioned|explained|told you|stated}',
      'like {i|we} {already|} said',
      'as {previously|already} {said|stated|mentioned|explained}',
      'for the last time',
    ],
    rule: { message: 'Pointing out that you said it before reads as impatience; just give the answer again.', remove: true },
  },
  { patterns: ['{please|} calm down'], rule: { message: "'Calm down' usually does the opposite; acknowledge how they feel instead.", remove: true } },
  {
    patterns: ['you {should have|should\'ve|shouldn\'t have|should not have}'],
    rule: { message: "'You should have…' dwells on the customer's mistake; say what to do now instead." },
  },
  {
    patterns: ['with all due respect', 'no {offense|offence}', "it's not rocket science", "{it's|it is} {really|very|} {easy|simple}"],
    rule: { message: 'This talks down to the customer; leave it out and just explain the steps.', remove: true },
  },
];

const BLAMING: readonly PhraseGroup[] = [
  {
    patterns: [
      "{you're|you are} {wrong|mistaken|confused|incorrect}",
      "{that's|that is|this is|it's|it is|that was|this was|it was} not {our|my} {fault|problem}",
      "{that|this|it} {isn't|wasn't|is not|was not} {our|my} {fault|problem}",
      'not our {fault|problem}',
      "{that's|that is|this is|it's|it is} {your|all your} fault",
      "{that's|that is} on you",
      'your {own|} fault',
      "you {didn't|did not|never} {read|follow|check|listen}",
      'you failed to',
      "if you {had|'d} {read|followed|checked|listened}",
      'you {misunderstood|misread}',
      'user error',
    ],
    rule: { message: 'Arguing or blaming in public rarely ends well; acknowledge the problem and say what happens next.' },
  },
];

const ROBOTIC: readonly PhraseGroup[] = [
  {
    patterns: [
      'we {apologize|apologise} for {any|the} inconvenience {caused|}',
      'we {apologize|apologise} for {any|the} inconvenience this {may have|has|might have} caused',
      'we {regret|are sorry for} {any|the} inconvenience {caused|}',
      'we {regret|are sorry for} {any|the} inconvenience this {may have|has|might have} caused',
      '{sorry|apologies} for {any|the} inconvenience {caused|}',
      '{sorry|apologies} for {any|the} inconvenience this {may have|has|might have} caused',
    ],
    rule: { message: "'We apologize for any inconvenience' sounds scripted; say it the way you would in person.", fix: 'Sorry for the trouble' },
  },
  {
    patterns: ['your call is important to us', 'your {business|custom|satisfaction} is important to us'],
    rule: { message: "'Your call is important to us' is the hold-music line everyone tunes out.", fix: "We're glad you reached out" },
  },
  {
    patterns: ['we value your feedback', 'your feedback is {important|valuable} to us'],
    rule: { message: 'This reads like a form letter; thank them in plain words.', fix: 'Thanks for telling us' },
  },
  {
    patterns: ['your {concern|feedback|complaint|request} has been {noted|logged|escalated|forwarded}'],
    rule: { message: 'Passive form-letter wording; say who is doing what.', fix: "We've passed this on to the team" },
  },
  {
    patterns: ['{as per|per} {our|company|the company} policy', '{as per|per} {our|the} {terms|terms and conditions}'],
    rule: { message: "'Per our policy' sounds like a rule book; explain it in plain words.", fix: 'under our policy' },
  },
  {
    patterns: ['thank you for your {patience and understanding|understanding and patience}'],
    rule: { message: 'A stock closing line; a plainer thanks sounds more human.', fix: 'Thanks for bearing with us' },
  },
  {
    patterns: ['at this {point in time|moment in time}'],
    rule: { message: 'Wordy stock phrase; say it plainly.', fix: 'right now' },
  },
];

/** Stiff phrases a casual voice flags. "Kindly" is handled apart: its fix depends on what precedes it. */
const STIFF: readonly PhraseGroup[] = [
  { patterns: ['we regret to inform you {that|}'], rule: { message: 'Stiff for a casual voice; say it plainly.', fix: 'Unfortunately,' } },
  { patterns: ['please be advised {that|}'], rule: { message: "'Please be advised' is stiff for a casual voice; just say it.", remove: true } },
  { patterns: ['at your earliest convenience'], rule: { message: 'Stiff for a casual voice.', fix: 'when you can' } },
  { patterns: ["{do not|don't} hesitate to"], rule: { message: 'Stiff for a casual voice.', fix: 'feel free to' } },
  { patterns: ["{we are|we're} in receipt of"], rule: { message: 'Stiff for a casual voice.', fix: "we've received" } },
  { patterns: ['pursuant to'], rule: { message: 'Legal wording; too stiff for a casual voice.', fix: 'under' } },
  { patterns: ['dear {valued|} customer'], rule: { message: "'Dear customer' is stiff for a casual voice; use their name or a simple hello.", fix: 'Hi' } },
];

/** Slang a formal voice flags. */
const SLANG: readonly PhraseGroup[] = [
  ...[
    ['gonna', 'going to'],
    ['wanna', 'want to'],
    ['gotta', 'have to'],
    ['kinda', 'somewhat'],
    ['sorta', 'somewhat'],
    ['lemme', 'let me'],
    ['gimme', 'give me'],
    ['yeah', 'yes'],
    ['yep', 'yes'],
    ['yup', 'yes'],
    ['nope', 'no'],
    ['hey there', 'Hello'],
    ['hey', 'Hello'],
    ['hiya', 'Hello'],
    ['no worries', 'not a problem'],
    ['btw', 'by the way'],
    ['asap', 'as soon as possible'],
    ['thx', 'thank you'],
    ['thanks a {bunch|ton|million}', 'thank you very much'],
    ['{pls|plz}', 'please'],
    ['awesome', 'great'],
    ['gotcha', 'understood'],
  ].map(([pattern = '', fix = '']) => ({ patterns: [pattern], rule: { message: `'${pattern.replace(/\{.*\}/, '…')}' is too casual for a formal voice; try '${fix}'.`, fix } })),
];

/** Jokes and laughter: fine under praise, jarring under a complaint. */
export const LAUGHTER_WORDS = new Set(['lol', 'lolol', 'lmao', 'lmfao', 'rofl', 'roflmao', 'jk', 'hehe', 'heh', 'haha', 'hah']);

/** Smileys and laughing or playful faces; a heart, thanks or a sad face is not a joke. */
export const PLAYFUL_EMOJI = new Set(
  '😀 😃 😄 😁 😆 😅 🤣 😂 🙂 🙃 😉 😊 😋 😛 😜 🤪 😝 😎 🤩 🥳 😏 🤭 😹 😸 😺 🤡 🎉 🎊 😇 🤓 🥴 🤠 🙈 🤗 ☺'.split(' ').map((emoji) => emoji.codePointAt(0) ?? 0),
);

/** Words that acknowledge a complaint anywhere in a reply. */
export const ACKNOWLEDGING_WORDS = new Set([
  'sorry', 'apologies', 'apology', 'apologize', 'apologise', 'apologizing', 'apologising', 'understand', 'understandable',
  'frustrating', 'frustration', 'frustrated', 'annoying', 'unacceptable', 'disappointing', 'regret',
]);

const ACKNOWLEDGING_PHRASES = [
  '{thanks|thank you} for {letting us know|flagging|raising|telling us|your patience|bearing with us|the heads up|reporting}',
  'we hear you', 'oh no', 'not the experience', 'not what we want', "{that's|that is} not {ok|okay|right|good}",
  "{should not|shouldn't} have happened", 'not good enough', 'what a pain',
];

/** What a reply asks a customer to post, by the words for it. */
/** The words for personal data, each with the name a message uses for it. */
const PERSONAL_DATA = [
  ['{credit|debit|} card {number|details|info|information|no}', 'card number'],
  ['{credit|debit} card', 'card number'],
  ['{cvv|cvc|cvv2|cvc2}', 'card security code'],
  ["{card's|card} {security|verification} code", 'card security code'],
  ['{password|passcode|passwords}', 'password'],
  ['{pin|pin code|pin number}', 'PIN'],
  ['{login|log in|sign in} {details|credentials|info}', 'login details'],
  ['credentials', 'login details'],
  ['{one-time|one time|verification|security|2fa|otp} code', 'one-time code'],
  ['otp', 'one-time code'],
  ['{ssn|social security number|social security no|social security}', 'SSN'],
  ['{home|full|street|postal|mailing|billing|shipping|delivery} address', 'address'],
  ['address', 'address'],
  ['{email|e-mail} address', 'email address'],
  ['{phone|mobile|cell|telephone} number', 'phone number'],
  ['{account|bank account|routing|sort} number', 'account number'],
  ['bank details', 'bank details'],
  ['date of birth', 'date of birth'],
] as const;

export type BuiltInPhrase =
  | { list: 'condescending' | 'blaming' | 'robotic' | 'stiff' | 'slang'; rule: PhraseRule }
  | { list: 'acknowledging' }
  | { list: 'personal-data'; kind: string };

/**
 * Every built-in list in one index, so a reply's words are looked up once for all of them;
 * matches of different lists may overlap.
 */
export const BUILT_IN = new PhraseIndex<BuiltInPhrase>((phrase) => phrase.list);
for (const [list, groups] of [
  ['condescending', CONDESCENDING],
  ['blaming', BLAMING],
  ['robotic', ROBOTIC],
  ['stiff', STIFF],
  ['slang', SLANG],
] as const) {
  for (const { patterns, rule } of groups) {
    for (const pattern of patterns) for (const phrase of expand(pattern)) BUILT_IN.add(phrase, { list, rule });
  }
}
for (const pattern of ACKNOWLEDGING_PHRASES) for (const phrase of expand(pattern)) BUILT_IN.add(phrase, { list: 'acknowledging' });
for (const [pattern, kind] of PERSONAL_DATA) for (const phrase of expand(pattern)) BUILT_IN.add(phrase, { list: 'personal-data', kind });
