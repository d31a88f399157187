import { tokenize, type Token } from './tokenize';

/**
 * Whether a post is English, the only language the models were trained on. The answer is "unknown"
 * rather than a guess: the sidebar then shows no sentiment it cannot back up.
 *
 * Cheap evidence only: the share of letters outside the Latin script, and hits on short lists of
 * the commonest English words against those of the languages customers most often write in on
 * Latin script. Words shared between English and another language ("a", "in", "no", "me", "die")
 * are on neither list.
 */

const ENGLISH = new Set(
  (
    'the and to of is are was were be been am i you your yours he she it its we they them their our my me ' +
    'this that these those what which who why how when where there here with for from at by about not ' +
    'have has had do does did will would can could should shall may might must just very so but or if then ' +
    "than too also only all any some more most much many one get got make made go going gone know think " +
    "want need like love hate thanks thank please help service customer order account still never ever " +
    "again today tomorrow yesterday time day good great bad worst best awesome terrible really well back " +
    "new now out up down over after before because been being into again off why yes yeah lol omg pls " +
    "plz thx u ur im ive dont cant wont isnt didnt doesnt it's i'm i've don't can't won't isn't didn't " +
    "doesn't that's you're what's there's let's who's wait waiting hours days week refund money app phone"
  ).split(' '),
);

const OTHER_LATIN = new Set(
  (
    // Spanish, Portuguese
    'el la los las del que y en por con una para es está pero muy más como todo gracias hola esto ' +
    'não você com uma os das dos mas obrigado muito isso está ' +
    // French
    'le les des et est je tu pas une pour dans avec sur mais nous vous ce cette qui merci très ' +
    // German, Dutch
    'der das und ist nicht ich mit ein eine sie wir auf für aber danke sehr het een van niet ook wat ' +
    // Italian
    'il che di per sono non questo grazie della anche ' +
    // Indonesian, Malay, Tagalog, Turkish
    'yang dan ini itu tidak ada aku saya ang ng mga sa ko ka ako naman lang bir ve bu çok ama'
  ).split(' '),
);

export type Language = 'en' | 'unknown';

/** Below this share of English words a long text is not taken for English. */
const MIN_ENGLISH_SHARE = 0.15;
/** This many English words make a text English whatever its length, unless other words outweigh them. */
const ENOUGH_ENGLISH = 3;
/** Above this share of letters outside the Latin script, the text is not English. */
const MAX_NON_LATIN_SHARE = 0.3;

export function detectLanguage(text: string, tokens?: readonly Token[]): Language {
  const script = scriptShares(text);
  if (script.letters === 0) return 'en';
  if (script.nonLatin / script.letters > MAX_NON_LATIN_SHARE) return 'unknown';

  let words = 0;
  let english = 0;
  let other = 0;
  for (const token of tokens ?? tokenize(text).tokens) {
    if (token.kind !== 'word') continue;
    words++;
    if (ENGLISH.has(token.text)) english++;
    else if (OTHER_LATIN.has(token.text)) other++;
  }
  if (words === 0) return 'en';
  if (english <= other) return 'unknown';
  return english >= ENOUGH_ENGLISH || english / words >= MIN_ENGLISH_SHARE ? 'en' : 'unknown';
}

function scriptShares(text: string): { letters: number; nonLatin: number } {
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) letters++;
    } else if (code >= 0xc0 && code <= 0x24f) letters++;
    else if (isOtherScriptLetter(code)) {
      letters++;
      nonLatin++;
    }
  }
  return { letters, nonLatin };
}

/** Greek, Cyrillic, Hebrew, Arabic, Indic, Thai, Hangul, kana, CJK and their neighbours. */
function isOtherScriptLetter(code: number): boolean {
  return (code >= 0x370 && code <= 0x1fff) || (code >= 0x3040 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}
