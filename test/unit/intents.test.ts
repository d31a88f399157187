import { describe, expect, it } from 'vitest';
import { findIntents } from '../../lib/classify/intents';
import type { Intent } from '../../lib/classify/types';

function intents(text: string): Intent[] {
  return findIntents(text).map((finding) => finding.intent);
}

/** For each intent, posts that must show it and posts that must not. */
const CASES: Record<Intent, { yes: string[]; no: string[] }> = {
  question: {
    yes: [
      'When will my order ship?',
      'how do i change my seat',
      'Can you help me with my booking',
      'why is the app so slow today',
      'any update on this',
      '¿Cuándo llega mi pedido',
      'does anyone know if the store is open',
      'Landed an hour ago.\nwhere do I pick up my bags',
      'is there a store near Boston',
    ],
    no: [
      'Not a question, just feedback: great app',
      'Great flight today',
      'https://example.com/help?topic=refund',
      'What a great crew!',
      '@Delta is the best',
    ],
  },
  account: {
    yes: [
      'my order still shows processing',
      'My account has been charged',
      'where is my refund',
      'my site is down!!',
      'order #123456 is wrong',
      'case number 44512 has no reply',
      'ref: AB12345 please check',
    ],
    no: ['Your prices are too high', 'love this brand', 'order online next time lol'],
  },
  cancellation: {
    yes: [
      'I want to cancel my subscription',
      'how do I unsubscribe from these emails',
      'please close my account',
      'Deleting my account today',
      'my flight got cancelled',
      'what is the early termination fee',
    ],
    no: ['can I change my seat', 'closed on Sundays?'],
  },
  billing: {
    yes: [
      'I was charged twice for one order',
      'still no refund after 3 weeks',
      'where is my invoice',
      'my bill went up again',
      'overcharged AGAIN',
      'payment failed but money left my account',
    ],
    no: ['who is in charge here', 'pay attention to your customers', 'my phone will not charge'],
  },
  outage: {
    yes: [
      'is the app down?',
      'Site is down again',
      'outage in Brooklyn since 6am',
      'the website is not loading',
      'anyone else getting error 503',
      'no service all day',
    ],
    no: ['I put a down payment on it', 'calm down', 'you let me down', 'the store is down the street'],
  },
  delivery: {
    yes: [
      'my package never arrived',
      'Parcel says delivered but nothing here',
      'tracking hasn’t updated in 5 days',
      'lost luggage at JFK',
      'my bag is still missing',
      'when will my order arrive',
    ],
    no: ['the cabin crew were lovely', 'my bag fee was too high'],
  },
  praise: {
    yes: [
      'Thank you so much!',
      'great service today, shout out to Mia',
      'love the new update',
      'you guys rock ❤️',
      'kudos to the night team',
      'thanks for nothing… just kidding, thank you!',
    ],
    no: ['thanks for nothing', 'no thanks', 'not so great service', 'I would love an answer', 'thanks in advance'],
  },
  media: {
    yes: [
      "I'm a reporter at the Daily News",
      'I am a freelance journalist working on a piece',
      'Press inquiry: who can I talk to?',
      'Looking for comment for a story on airline delays',
      'request for comment on the outage',
    ],
    no: ['I read an article about you', 'leave a comment for your company'],
  },
  threat: {
    yes: [
      'I will kill you all',
      "I'm going to burn your store down",
      "there's a bomb on flight 22",
      'i know where you live',
      'gonna shoot up the office',
      'hope you die',
    ],
    no: [
      'you guys are killing it!',
      "I'll shoot you a DM",
      'I could kill for a coffee',
      'this heat is killing me',
      'the bath bomb arrived broken',
      'that show was the bomb',
      "I'll kill time at the gate",
    ],
  },
  security: {
    yes: [
      'my account was hacked',
      'got a phishing email pretending to be you',
      'is this text a scam?',
      'fraudulent charge on my card',
      'someone logged into my account from Russia',
      'there is a fake support account replying to people',
    ],
    no: ['my password is hunter2', 'great app', 'hacky sack tournament'],
  },
  access: {
    yes: [
      "can't log in since the update",
      'locked out of my account',
      '2FA code never arrives',
      'I forgot my password',
      'password reset link does nothing',
      'account suspended for no reason',
      'unable to sign in',
    ],
    no: ['logged in fine, thanks', 'I reset the router and it works'],
  },
};

describe('findIntents', () => {
  for (const [intent, { yes, no }] of Object.entries(CASES) as [Intent, { yes: string[]; no: string[] }][]) {
    describe(intent, () => {
      it.each(yes)('finds it in %j', (text) => {
        expect(intents(text)).toContain(intent);
      });
      it.each(no)('does not find it in %j', (text) => {
        expect(intents(text)).not.toContain(intent);
      });
    });
  }

  it('gives each intent the reason an agent reads', () => {
    expect(findIntents('is the app down? I want to cancel, charged twice')).toEqual([
      { intent: 'outage', reason: 'mentions an outage' },
      { intent: 'cancellation', reason: 'wants to cancel' },
      { intent: 'billing', reason: 'about billing or a charge' },
      { intent: 'question', reason: 'asks a question' },
    ]);
    expect(findIntents('flight cancelled')).toEqual([{ intent: 'cancellation', reason: 'about a cancellation' }]);
  });

  it('reports an intent once even when several rules match it', () => {
    const found = intents('cancel my plan, the order got cancelled too');
    expect(found.filter((intent) => intent === 'cancellation')).toHaveLength(1);
  });

  it('reads tweet-like posts: handles, links, emoji, curly apostrophes, line breaks', () => {
    expect(intents('@UPSHelp @RefundBot 📦📦\nwhere’s my parcel??\nhttps://t.co/xyz')).toEqual(['delivery', 'account', 'question']);
    expect(intents('@AppSupport can’t log in 😤 #fail')).toEqual(['access']);
    expect(intents('LOVE YOU GUYS 😍😍')).toEqual(['praise']);
    expect(intents('#outage again in #Chicago')).toEqual(['outage']);
  });

  it('ignores the words inside links and handles', () => {
    expect(intents('https://shop.example/cancel-order/refund @outage_tracker')).toEqual([]);
  });

  it('finds nothing in an empty or off-topic post', () => {
    expect(findIntents('')).toEqual([]);
    expect(findIntents('just had lunch')).toEqual([]);
    expect(findIntents('今日はいい天気')).toEqual([]);
  });

  it('flags several intents in a long complaint', () => {
    const text =
      "I'm a journalist with the Herald. My account was hacked, I'm locked out, and you charged my card twice. When will you fix this?";
    expect(intents(text)).toEqual(['security', 'access', 'billing', 'media', 'account', 'question']);
  });
});
