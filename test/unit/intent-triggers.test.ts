import { describe, expect, it } from 'vitest';
import { findIntents } from '../../lib/classify/intents';
import { RULES } from '../../lib/classify/intents/rules';
import { TriggerIndex } from '../../lib/classify/intents/triggers';

/**
 * `findIntents` runs a rule's pattern only when one of its trigger words is in the post, so a
 * trigger list that misses an alternative of its pattern silently loses matches. These texts,
 * drawn from each pattern (one or more per alternative, by `reason/pattern` and `reason/unless`),
 * must all match their pattern and all be flagged by its triggers. Add one when adding an alternative.
 */
const EXAMPLES: Record<string, string[]> = {
  'threat of violence/pattern': ["we'm going to torch", 'shoot up this or', 'wish u get killed', 'know where you live', "we'm gonna dn hunt you down", 'wish they all burn', 'blow this store', 'there is a bomb', 'i am going to ne punch', 'death threat', 'stab him', 'hope they all die', 'you are dead', 'we gonna a murder', 'watch your back', 'i am gonna beat up', 'we am going to find you', 'we gonna rv hurt', 'i am gonna come for you', 'i want to vk attack', 'i am going to strangle'],
  'threat of violence/unless': ['shoot u a us', 'dabomb', 'killing time', 'sex bombs', 'thebomb', 'fbomb', 'flavourbombs', 'sexbombs', 'photobombs', 'truthbombs', 'bathbomb', 'caloriebomb', 'flavorbombs'],
  'account security/pattern': ['fraudr', 'compromised', 'spoof', 'fake call', 'someone changed our', 'scam', 'identity theft', 'stolen details', 'suspicious as emails', 'unauthorized use', 'phish', 'breach', 'impersonat', 'somebody broke our', 'malware', 'hack'],
  'cannot get into the account/pattern': ['acct locked', 'verification code', 'log in is not working', '2fa', 'sign in page', 'otp', "won't let me get back into", 'mfa', "password isn't broken", 'acct restricted', 'couldnt access', 'acct disabled', 'acct deactivated', 'recover a t bb hf username', 'acct frozen', 'forgot tv h my username', 'restore m pw', 'retrieve pwd', 'acct was suspended', 'account blocked', 'remember pwd', 'lost my username', 'resetting a ay pwd', '2-step', 'two factor', 'one-time passcode'],
  'mentions an outage/pattern': ['is this just me', 'down right now', "won't load", 'everyone else', 'no wifi', 'crash', 'isnt responding', 'keeps not loading', 'outage', 'no signal', 'network has been unavailable', 'cant connect', 'no internet', 'error code', 'no power', 'no connection', 'stopped working', 'portals broken', 'doesnt work', 'no service', 'site has been offline', 'error 503', '502'],
  'wants to cancel/pattern': ['deleting the subscription', 'unsubscribf', 'deactivated our contract', 'cancelation', 'quit my membership', 'withdrawal charges', 'opt out', 'closing the contract', 'terminate my subscription', 'exit charge', 'end my service', 'remove my service', 'account closure', 'early exit fee'],
  'about a cancellation/pattern': ['cancelled'],
  'about billing or a charge/pattern': ['chargeback', 'paying', 'bills', 'transactions', 'penalties', 'debited', 'klarna', 'prorat', 'fee', 'refund', 'venmo', 'deducted', 'reimburs', 'money back', 'rebat', 'receipts', 'afterpay', 'price', 'restitution', 'paid', 'invoicex', 'compensat', 'doublecharg', 'credit card', 'fees', 'overchargw'],
  'about billing or a charge/unless': ["you'll pay", 'paying attention'],
  'about a delivery/pattern': ['shipping', 'ups', 'mailman', 'tracking', 'courier', 'deliverw', 'eta', 'baggage claim', 'delayed id baggage', 'postman', 'package', 'dhl', 'evri', 'fedex', 'hermes', 'parcel', 'luggage was damaged', 'royal mail', 'usps', 'estimated arrival', 'hasnt yet received', 'didnt shown up', 'track the purchase', 'missing suitcase', 'dispatchc', 'mishandled b bags', 'lost luggage', 'expect my ff product', 'in transit', 'has not yet come', "haven't yet arrive", 'has not arrived', 'track stuff', 'locate order', 'have not turned up', 'shipment status', 'when does it arrive', 'how long to get here'],
  'praise/pattern': ['you rock', 'outstanding', 'excellent', 'five stars', 'thx', 'hats off', 'kudos', 'impressed', 'well done', 'wonderful', 'shout out', 'ty', 'fantastic', 'best experience', 'thankyou', 'highly recommend', 'love ur', 'props to', 'brilliant', 'great help', 'awesome', 'appreciate', 'tysm', 'superb', 'grateful', 'amazing', '❤', '♥', '💕', '💖', '😍', '🥰'],
  'praise/unless': ['thank you for nothing', 'not exactly amazing', 'would love'],
  'press or media inquiry/pattern': ['producer from', 'for my readers', 'on deadline', "i'm correspondent", "i'm editor", 'media team', 'any comment on this', 'for my podcast', 'for my piece', 'statement for our', 'im reporter', 'for my documentary', 'journalist from', 'for our story', 'for my listeners', 'for a report', 'press query', 'writing a article', 'for my segment', 'for a feature', 'for my viewers', 'request for comment', 'interview request'],
  'about a specific order or account/pattern': ['my profile', 'accountnr', 'reference nr', 'trackingno.', 'booking number', 'case no', 'ticketno', 'confirmationnum', 'incident nr', 'claimno', 'order no', 'invoicenumber', 'purchase 12345', 'reservation #ab12345'],
  'asks a question/pattern': ['why', 'what', 'can i', 'where', 'could i', 'will it', 'quick question', 'i was wondering', 'are there', "when's", 'how to', 'any newss', 'is there', 'which', 'does you', 'do u', 'anyone know', 'would you', '?', '¿'],
  'asks a question/unless': ['no question'],
};

/** The matching without triggers, as it was: every rule's pattern on every post. */
function everyPattern(text: string): ReturnType<typeof findIntents> {
  const normalised = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .replace(/\b(?:https?:\/\/|www\.)\S+/gu, ' ')
    .replace(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_]+/gu, ' ');
  const findings: ReturnType<typeof findIntents> = [];
  for (const rule of RULES) {
    if (findings.some((finding) => finding.intent === rule.intent)) continue;
    const subject = rule.unless ? normalised.replace(rule.unless.pattern, ' ') : normalised;
    if (rule.pattern.test(subject)) findings.push({ intent: rule.intent, reason: rule.reason });
  }
  return findings;
}

describe('intent triggers', () => {
  for (const rule of RULES) {
    const lists = [['pattern', rule.pattern, rule.triggers], ...(rule.unless ? [['unless', rule.unless.pattern, rule.unless.triggers] as const] : [])] as const;
    for (const [part, pattern, triggers] of lists) {
      const key = `${rule.reason}/${part}`;
      it(`flag every text the ${part} of "${rule.reason}" matches`, () => {
        const index = new TriggerIndex([triggers]);
        const examples = EXAMPLES[key] ?? [];
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
          expect(pattern.test(` ${example} `), example).toBe(true);
          pattern.lastIndex = 0;
          expect(index.scan(` ${example} `), example).toBe(1);
        }
      });
    }
  }

  it('finds what running every pattern finds', () => {
    const texts = Object.values(EXAMPLES).flat();
    const variants = texts.flatMap((text) => [text, text.toUpperCase(), `@brand ${text}? https://t.co/x`, text.replace(/'/g, '’')]);
    for (const text of variants) expect(findIntents(text), text).toEqual(everyPattern(text));
  });

  it('matches whole words, word starts and symbols', () => {
    const index = new TriggerIndex(['me', 'kill*', '? ❤', undefined]);
    expect(index.scan('call me')).toBe(0b001);
    expect(index.scan('meet me_ home')).toBe(0);
    expect(index.scan('skill killer')).toBe(0b010);
    expect(index.scan('KILL')).toBe(0b010);
    expect(index.scan('ok? ❤️')).toBe(0b100);
    expect(index.scan('')).toBe(0);
  });
});
