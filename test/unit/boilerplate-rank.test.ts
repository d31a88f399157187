import { describe, expect, it } from 'vitest';
import { indexLibrary, rankTemplates, type PostToAnswer } from '../../lib/boilerplate/rank';
import { STARTER_LIBRARY } from '../../lib/boilerplate/starter-library';
import type { Boilerplate } from '../../lib/sync/records';

function template(id: string, fields: Partial<Boilerplate>): Boilerplate {
  return { id, title: id, body: `Reply ${id}`, tags: [], codes: [], categories: [], networks: [], updatedAt: 0, ...fields };
}

const LIBRARY: readonly Boilerplate[] = [
  template('thanks', { title: 'Thanks for the kind words', body: 'Thank you {name}, that made our day!', tags: ['praise'], codes: ['green'], categories: ['praise'] }),
  template('refund', { title: 'Refund status', body: "DM us your order number and I'll check your refund.", tags: ['refund', 'money back'], codes: ['yellow'], categories: ['billing'] }),
  template('double-charge', { title: 'Charged twice', body: 'Sorry about the double charge on your card. DM us the date.', tags: ['charge', 'card'], codes: ['yellow'], categories: ['billing'] }),
  template('parcel', { title: 'Late parcel', body: "Sorry your parcel hasn't arrived. Tracking: {link}", tags: ['delivery', 'tracking'], codes: ['yellow'], categories: ['delivery'] }),
  template('card-posted', { title: 'Card posted: delete and DM', body: 'Please delete your post: it shows your card number.', tags: ['privacy'], codes: ['red'], categories: ['pii'] }),
  template('question', { title: 'Answer with a link', body: 'Good question! The answer is here: {link}', tags: ['faq'], codes: ['orange'], categories: ['question'] }),
  template('fb-only', { title: 'Refund on Facebook', body: 'Send us a message on Messenger about your refund.', tags: ['refund'], codes: ['yellow'], categories: ['billing'], networks: ['facebook'] }),
];

function ids(post: PostToAnswer, options?: Parameters<typeof rankTemplates>[2]): string[] {
  return rankTemplates(LIBRARY, post, options).map((ranked) => ranked.template.id);
}

describe('rankTemplates for a post', () => {
  it.each<[string, PostToAnswer, string]>([
    ['Red, personal data', { text: 'my card 4111 1111 1111 1111 was charged twice', code: 'red', categories: ['pii', 'billing'] }, 'card-posted'],
    ['Orange, a question', { text: 'do you ship to Canada?', code: 'orange', categories: ['question'] }, 'question'],
    ['Yellow, billing', { text: 'where is my refund??', code: 'yellow', categories: ['billing'] }, 'refund'],
    ['Yellow, delivery', { text: 'still nothing delivered', code: 'yellow', categories: ['delivery'] }, 'parcel'],
    ['Green, praise', { text: 'you folks are the best', code: 'green', categories: ['praise'] }, 'thanks'],
  ])('puts first the template that fits a %s post', (_, post, first) => {
    expect(ids(post)[0]).toBe(first);
  });

  it('says why: the fit, then the words in common as the post wrote them', () => {
    const [top] = rankTemplates(LIBRARY, { text: 'Refunded? No. My card was charged twice', code: 'yellow', categories: ['billing'] });
    expect(top?.template.id).toBe('double-charge');
    expect(top?.reasons).toEqual(['fits Yellow · billing', 'words in common: charged, twice, card']);
  });

  it('counts words in common when the post is not triaged yet, stems and all', () => {
    const ranked = rankTemplates(LIBRARY, { text: 'my parcels never arrived and tracking is stuck' });
    expect(ranked[0]?.template.id).toBe('parcel');
    expect(ranked[0]?.reasons).toEqual(['words in common: parcels, arrived, tracking']);
  });

  it('lets the first category weigh most', () => {
    const billingFirst = ids({ text: '', categories: ['billing', 'delivery'] });
    const deliveryFirst = ids({ text: '', categories: ['delivery', 'billing'] });
    expect(billingFirst.indexOf('refund')).toBeLessThan(billingFirst.indexOf('parcel'));
    expect(deliveryFirst.indexOf('parcel')).toBeLessThan(deliveryFirst.indexOf('refund'));
  });

  it('sinks a template meant for another code below one that fits, words in common or not', () => {
    const order = ids({ text: 'thank you for nothing, my refund never came', code: 'yellow', categories: ['complaint'] });
    expect(order.indexOf('refund')).toBeLessThan(order.indexOf('thanks'));
  });

  it('keeps every template, unscored ones last in library order, when nothing is known', () => {
    expect(ids({ text: 'the and of it' })).toEqual(LIBRARY.map((t) => t.id));
    expect(rankTemplates(LIBRARY, { text: '' }).every((ranked) => ranked.score === 0 && ranked.reasons.length === 0)).toBe(true);
  });

  it('does not count placeholders as words', () => {
    const library = [template('placeholders', { title: 'Sign-off', body: 'Over to {agent}: {link} {name} {ticket}' })];
    expect(rankTemplates(library, { text: 'link name ticket' })[0]?.score).toBe(0);
    expect(rankTemplates(library, { text: '' }, { query: 'tick' })).toEqual([]);
  });

  it('breaks ties by library order, stably', () => {
    const twins = [template('a', { body: 'refund' }), template('b', { body: 'refund' }), template('c', { body: 'refund' })];
    expect(rankTemplates(twins, { text: 'refund' }).map((r) => r.template.id)).toEqual(['a', 'b', 'c']);
    expect(rankTemplates([...twins].reverse(), { text: 'refund' }).map((r) => r.template.id)).toEqual(['c', 'b', 'a']);
  });

  it('returns at most `limit` templates, the best ones', () => {
    const post = { text: 'refund please', code: 'yellow', categories: ['billing'] } as const;
    expect(ids(post, { limit: 2 })).toEqual(ids(post).slice(0, 2));
  });

  it('gives the same answer for a post whatever was ranked before it', () => {
    const post = { text: 'charged twice', code: 'yellow', categories: ['billing'] } as const;
    const first = rankTemplates(LIBRARY, post);
    rankTemplates(LIBRARY, { text: 'parcel tracking', code: 'red', categories: ['pii', 'delivery'] }, { query: 'de' });
    expect(rankTemplates(LIBRARY, post)).toEqual(first);
  });

  it('survives a 50,000-character post', () => {
    const text = 'refund card parcel 🌻 {link} <script>alert(1)</script> '.repeat(1_000).slice(0, 50_000);
    expect(rankTemplates(LIBRARY, { text, code: 'yellow' })[0]?.score).toBeGreaterThan(0);
  });
});

describe('rankTemplates and networks', () => {
  it('drops a template meant for other networks', () => {
    expect(ids({ text: 'refund', network: 'x' })).not.toContain('fb-only');
    expect(ids({ text: 'refund', network: 'facebook' })).toContain('fb-only');
  });

  it('keeps templates for every network, and all of them when the network is unknown', () => {
    expect(ids({ text: 'refund', network: 'x' })).toHaveLength(LIBRARY.length - 1);
    expect(ids({ text: 'refund' })).toHaveLength(LIBRARY.length);
  });
});

describe('rankTemplates with a search query', () => {
  const post: PostToAnswer = { text: '', network: 'facebook' };

  it('finds a word by its first letters, in titles, bodies and tags', () => {
    expect(ids(post, { query: 'ref' })).toEqual(['refund', 'fb-only']);
    expect(ids(post, { query: 'trac' })).toEqual(['parcel']);
    expect(ids(post, { query: 'priv' })).toEqual(['card-posted']);
  });

  it('keeps only templates with every word, ignoring case and accents', () => {
    expect(ids(post, { query: 'DOUBLE  cÁr' })).toEqual(['double-charge']);
    expect(ids(post, { query: 'refund messenger' })).toEqual(['fb-only']);
    expect(ids(post, { query: 'refund zebra' })).toEqual([]);
  });

  it('finds a template by another form of the typed word', () => {
    expect(ids(post, { query: 'refunds' })).toEqual(['refund', 'fb-only']);
    expect(ids(post, { query: 'charged' })).toEqual(['double-charge']);
  });

  it('ranks a match in the title or tags above one in the body alone', () => {
    const library = [template('body', { title: 'Other', body: 'We can refund you.' }), template('title', { title: 'Refund', body: 'We can help.' })];
    expect(rankTemplates(library, { text: '' }, { query: 'refu' }).map((r) => r.template.id)).toEqual(['title', 'body']);
  });

  it('ranks the matches for the post being answered', () => {
    const matches = ids({ text: 'card charged twice', code: 'yellow', categories: ['billing'] }, { query: 'card' });
    expect(matches).toEqual(['double-charge', 'card-posted']);
  });

  it('does not filter on an empty query, or one of punctuation only', () => {
    expect(ids(post, { query: '' })).toHaveLength(LIBRARY.length);
    expect(ids(post, { query: ' ?! ' })).toHaveLength(LIBRARY.length);
  });
});

describe('indexLibrary', () => {
  it('builds one index per library array and ranks the same through it', () => {
    const index = indexLibrary(LIBRARY);
    expect(indexLibrary(LIBRARY)).toBe(index);
    expect(indexLibrary([...LIBRARY])).not.toBe(index);
    const post = { text: 'where is my refund', code: 'yellow', categories: ['billing'] } as const;
    expect(rankTemplates(index, post)).toEqual(rankTemplates(LIBRARY, post));
  });
});

describe('the starter library, ranked', () => {
  it.each<[PostToAnswer, string]>([
    [{ text: 'why is my card 4111 1111 1111 1111 charged twice', code: 'red', categories: ['pii', 'billing'] }, 'Card details posted: delete and DM'],
    [{ text: 'your app is down AGAIN', code: 'yellow', categories: ['outage'] }, "Outage: we're on it"],
    [{ text: 'I was charged twice this month', code: 'yellow', categories: ['billing'] }, 'Charged twice or wrongly'],
    [{ text: 'package still not here, tracking stuck for a week', code: 'yellow', categories: ['delivery'] }, 'Order running late'],
    [{ text: 'how do I cancel my subscription', code: 'yellow', categories: ['cancellation'] }, 'Cancelling a subscription'],
    [{ text: 'journalist here, can someone comment?', code: 'yellow', categories: ['media'] }, 'Media inquiry'],
    [{ text: 'locked out, the reset code never comes', code: 'yellow', categories: ['account access'] }, 'Locked out of the account'],
    [{ text: 'thanks so much, you are great', code: 'green', categories: ['praise'] }, 'Thanks for the kind words'],
  ])('answers %j with %j first', (post, title) => {
    expect(rankTemplates(STARTER_LIBRARY, post)[0]?.template.title).toBe(title);
  });
});
