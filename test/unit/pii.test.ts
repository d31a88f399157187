import { describe, expect, it } from 'vitest';
import { findPii } from '../../lib/classify/pii';
import type { PiiKind } from '../../lib/classify/types';

/** Each finding as [kind, the text it covers], which reads better in a failure than offsets. */
function found(text: string): [PiiKind, string][] {
  return findPii(text).map((finding) => [finding.kind, text.slice(finding.start, finding.end)]);
}

function foundKind(text: string, kind: PiiKind): string[] {
  return found(text)
    .filter(([k]) => k === kind)
    .map(([, span]) => span);
}

/** A small seeded generator (mulberry32), so every run tests the same numbers. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The digit that makes `body` + digit pass the Luhn check, computed independently of the code under test. */
function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

function luhnNumber(random: () => number, prefix: string, length: number): string {
  let body = prefix;
  while (body.length < length - 1) body += String(Math.floor(random() * 10));
  return body + luhnCheckDigit(body);
}

function group(digits: string, sizes: number[], separators: () => string): string {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) parts.push(digits.slice(at));
  return parts.reduce((text, part, i) => (i === 0 ? part : text + separators() + part), '');
}

/** Issuer prefixes with a length each issues. */
const ISSUERS: [string, number][] = [
  ['4', 16], ['4', 13], ['4', 19], ['51', 16], ['55', 16], ['2221', 16], ['2720', 16], ['34', 15],
  ['37', 15], ['6011', 16], ['6011', 19], ['65', 16], ['644', 16], ['649', 17], ['3528', 16],
  ['3589', 19], ['300', 14], ['305', 16], ['36', 14], ['38', 16], ['62', 16], ['62', 19],
  ['6304', 18], ['6759', 16], ['5018', 13], ['2200', 16],
];

const PUBLIC_TEST_CARDS = [
  '4111 1111 1111 1111',
  '5555 5555 5555 4444',
  '3782 822463 10005',
  '6011 1111 1111 1117',
  '4012 8888 8888 1881',
  '5105 1051 0510 5100',
  '3714 496353 98431',
  '3566 0020 2036 0505',
  '3056 9309 0259 04',
  '6200 0000 0000 0005',
  '2223 0031 2200 3222',
];

describe('findPii: cards', () => {
  it.each(PUBLIC_TEST_CARDS)('finds the public test number %s in any spacing', (card) => {
    const digits = card.replace(/ /g, '');
    for (const variant of [card, digits, card.replace(/ /g, '-'), card.replace(/ /g, '.'), card.replace(/ /g, ' - ')]) {
      expect(foundKind(`card is ${variant} thanks`, 'card')).toEqual([variant]);
    }
  });

  it('finds generated Luhn-valid numbers of every issuer in many spacings and contexts', () => {
    const random = seeded(20240611);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const contexts = [
      (n: string) => n,
      (n: string) => `my card is ${n} pls refund`,
      (n: string) => `💳 ${n} 🙏`,
      (n: string) => `card:${n}`,
      (n: string) => `@BankHelp here it is: ${n}\nthanks`,
      (n: string) => `(${n})`,
      (n: string) => `"${n}"`,
      (n: string) => `${n}, exp 12/27 cvv 123`,
      (n: string) => `Visa ${n}.`,
      (n: string) => `mi tarjeta es ${n} ayuda`,
      (n: string) => `paid for order 123 with ${n}`,
    ];
    const spacings: ((digits: string) => string)[] = [
      (d) => d,
      (d) => group(d, [4, 4, 4, 4], () => ' '),
      (d) => group(d, [4, 4, 4, 4], () => '-'),
      (d) => group(d, [4, 4, 4, 4], () => '.'),
      (d) => group(d, [4, 4, 4, 4], () => '  '),
      (d) => group(d, [4, 6, 5], () => ' '),
      (d) => group(d, [4, 6, 4], () => '-'),
      (d) => group(d, [4, 4, 4, 4], () => pick([' ', '-', '.', ' - ', ' . '])),
      (d) => group(d, Array.from({ length: 19 }, () => 1 + Math.floor(random() * 6)), () => pick([' ', '-'])),
    ];
    const misses: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const [prefix, length] = pick(ISSUERS);
      const formatted = pick(spacings)(luhnNumber(random, prefix, length));
      const text = pick(contexts)(formatted);
      if (JSON.stringify(foundKind(text, 'card')) !== JSON.stringify([formatted])) misses.push(text);
    }
    expect(misses).toEqual([]);
  });

  it('ignores numbers that fail the Luhn check or have no issuer', () => {
    expect(foundKind('4111 1111 1111 1112', 'card')).toEqual([]);
    expect(foundKind('1111 1111 1111 1117', 'card')).toEqual([]);
    // Luhn-valid, but 9 and 7 are no card issuer's prefix.
    expect(foundKind('9111 1111 1111 1113', 'card')).toEqual([]);
    expect(foundKind('7111 1111 1111 1115', 'card')).toEqual([]);
    // A Visa prefix at a length Visa never issues.
    expect(foundKind('411111111111116', 'card')).toEqual([]);
  });

  // Luhn-valid numbers with an issuer prefix are vetoed by a label directly before them.
  const NOT_CARDS = [
    'order 4111111111111111 never arrived',
    'Order #5555555555554444 still not here',
    'my order number is 5555 5555 5555 4444',
    'tracking number: 4111 1111 1111 1111',
    'ref 378282246310005',
    'case 6011111111111117 is still open',
    'ticket #4012888888881881',
    'please call 4111111111111111',
    'AWB 5105105105105100',
    'flight 4111111111111111 delayed',
    'PNR 5555555555554444',
    'conf # 4111 1111 1111 1111',
    'booking ref: 4012888888881881',
    'SKU-4111111111111111 out of stock',
    '#4111111111111111',
    'order4111111111111111',
    '4111111111111111abc',
    'promo code X4111111111111111',
    // Tracking numbers.
    '1Z999AA10123456784',
    '1Z 999 AA1 01 2345 6784',
    'UPS 1Z12345E0205271688',
    'fedex 123456789012',
    'fedex 449044304137821',
    '61299998820821171811',
    '9612019950000000000000',
    '9400 1000 0000 0000 0000 00',
    '9205590164917312751089',
    '92001901755477000000',
    // Bank and book numbers.
    'DE89 3704 0044 0532 0130 00',
    'DE89370400440532013000',
    'GB82 WEST 1234 5698 7654 32',
    'ISBN 978-3-16-148410-0',
    '9780306406157',
    // Timestamps, ids, links.
    '1700000000000',
    'ts=1712345678901',
    'https://x.com/brand/status/1790123456789012345',
    '1790123456789012345',
    'https://shop.example/checkout?card=4111111111111111',
    // Phones, dates, addresses, amounts.
    '+1 (212) 555-0188',
    '212-555-0188 646-555-0199',
    '+44 20 7946 0958',
    '+86 138 0013 8000',
    '2024-01-15 10:30:00',
    '192.168.100.200',
    '$4,111,111,111.11',
    'IMEI 490154203237518',
    '112-4111111-1111111',
  ];

  it.each(NOT_CARDS)('does not take %s for a card', (text) => {
    expect(foundKind(text, 'card')).toEqual([]);
  });

  it('has at least 30 non-card cases', () => {
    expect(NOT_CARDS.length).toBeGreaterThanOrEqual(30);
  });

  it('vetoes only with a label directly before the number, so a later label does not save it', () => {
    expect(foundKind('for order 123 I used 4111 1111 1111 1111', 'card')).toEqual(['4111 1111 1111 1111']);
    expect(foundKind('4111111111111111 is my order number', 'card')).toEqual(['4111111111111111']);
  });

  it('vetoes Luhn-valid identifiers generated at random when labelled', () => {
    const random = seeded(7);
    const labels = ['order', 'Order #', 'tracking no.', 'ref:', 'case number', 'ticket', 'flight', 'AWB', 'invoice', 'call'];
    for (let i = 0; i < 500; i++) {
      const [prefix, length] = ISSUERS[i % ISSUERS.length]!;
      const text = `${labels[i % labels.length]!} ${luhnNumber(random, prefix, length)}`;
      expect(foundKind(text, 'card'), text).toEqual([]);
    }
  });

  it('keeps the card and leaves the expiry and security code out of it', () => {
    expect(foundKind('4111 1111 1111 1111 12 27 123', 'card')).toEqual(['4111 1111 1111 1111']);
    expect(foundKind('exp 12/27 4111 1111 1111 1111', 'card')).toEqual(['4111 1111 1111 1111']);
  });
});

describe('findPii: SSNs', () => {
  it.each(['123-45-6789', '123 45 6789', '078-05-1120'])('finds %s', (ssn) => {
    expect(found(`my ssn is ${ssn} help`)).toEqual([['ssn', ssn]]);
    expect(found(`here: ${ssn}`)).toEqual([['ssn', ssn]]);
  });

  it.each(['000-12-3456', '666-12-3456', '900-12-3456', '987-65-4321', '123-00-4567', '123-45-0000'])(
    'leaves out the never-issued %s',
    (ssn) => {
      expect(foundKind(`ssn ${ssn}`, 'ssn')).toEqual([]);
    },
  );

  it('finds a bare nine-digit number only near an SSN cue', () => {
    expect(foundKind('SSN: 123456789', 'ssn')).toEqual(['123456789']);
    expect(foundKind('my social security number is 219099999 pls fix', 'ssn')).toEqual(['219099999']);
    expect(foundKind('123456789 is my social security no', 'ssn')).toEqual(['123456789']);
    expect(foundKind('order 123456789', 'ssn')).toEqual([]);
    expect(foundKind('123456789', 'ssn')).toEqual([]);
  });

  it('does not take a phone number, a labelled case number or a longer number for an SSN', () => {
    expect(foundKind('212-555-0188', 'ssn')).toEqual([]);
    expect(foundKind('case 123-45-6789', 'ssn')).toEqual([]);
    expect(foundKind('1123-45-6789', 'ssn')).toEqual([]);
    expect(foundKind('123-45-67890', 'ssn')).toEqual([]);
    expect(foundKind('v123-45-6789', 'ssn')).toEqual([]);
  });
});

describe('findPii: phones', () => {
  it.each(['(212) 555-0188', '212-555-0188', '212.555.0188', '2125550188', '+1 212 555 0188', '+44 7911 123456', '+33 1 42 68 53 00'])(
    'finds %s',
    (phone) => {
      expect(found(`call me at ${phone} pls`)).toEqual([['phone', phone]]);
    },
  );

  it('finds several in one post', () => {
    expect(foundKind('me: 212-555-0188, my wife: +44 7911 123456', 'phone')).toEqual(['212-555-0188', '+44 7911 123456']);
    expect(foundKind('212-555-0188 646-555-0199', 'phone')).toEqual(['212-555-0188', '646-555-0199']);
  });

  it.each([
    'flight 2125550188',
    'order 2125550188',
    'order #212-555-0188',
    'case number 2125550188',
    'on 12/25/2024 at 10:30',
    '2024-01-15 10:30:00',
    'ts 1700000000000',
    'https://example.com/p/2125550188',
    'id=2125550188',
    '4111 1111 1111 1111',
    'waited 45 minutes, then 30 more',
  ])('finds no phone in %s', (text) => {
    expect(foundKind(text, 'phone')).toEqual([]);
  });
});

describe('findPii: emails', () => {
  it.each(['john.doe@example.com', 'a+b@mail.co.uk', 'first_last@sub.domain.org', 'josé@correo.es'])('finds %s', (email) => {
    expect(found(`write to ${email}. thanks`)).toEqual([['email', email]]);
  });

  it('ignores @mentions, bare domains and addresses without a domain', () => {
    expect(found('@JohnDoe @brand_help hi')).toEqual([]);
    expect(found('hi@brand')).toEqual([]);
    expect(found('user@localhost')).toEqual([]);
    expect(found('meet @ 5pm')).toEqual([]);
    expect(found('a@b..com')).toEqual([]);
  });

  it('finds an email next to a mention and inside brackets', () => {
    expect(foundKind('@brand (jane@example.com)', 'email')).toEqual(['jane@example.com']);
    expect(foundKind('@brand mail: jane@example.com, or @jane', 'email')).toEqual(['jane@example.com']);
  });
});

describe('findPii: addresses', () => {
  it.each([
    '123 Main St',
    '123 main st',
    '221B Baker Street',
    '1600 Pennsylvania Avenue NW, Washington, DC 20500',
    '350 5th Ave Apt 4B, New York, NY 10118',
    '42 Wallaby Way, Sydney',
    '10 Downing St.',
    '77 Massachusetts Ave, Cambridge, MA 02139',
    '1 Infinite Loop Cupertino 95014',
    'PO Box 1234',
    'P.O. Box 77',
  ])('finds %s', (address) => {
    const spans = foundKind(`ship it to ${address} please`, 'address');
    expect(spans).toHaveLength(1);
    expect(address.startsWith(spans[0]!)).toBe(true);
  });

  it('includes the unit, city, state and ZIP', () => {
    expect(foundKind('send to 350 5th Ave Apt 4B, New York, NY 10118 asap', 'address')).toEqual([
      '350 5th Ave Apt 4B, New York, NY 10118',
    ]);
  });

  it.each([
    'I was 3 hours on hold',
    '2 bags lost on the way home',
    'a 20 minute drive to the store',
    'waited 3 days all the way',
    '5 stars all the way',
    '2 more days and still no refund, no way',
    'called 3 times in one day',
    '2 appointments with Dr Smith',
    'I drove 5 miles down the road',
    'top 10 tips for the road',
  ])('finds no address in %s', (text) => {
    expect(foundKind(text, 'address')).toEqual([]);
  });
});

describe('findPii: passwords', () => {
  it.each([
    ['my password is hunter2', 'hunter2'],
    ['My Password is sunshine', 'sunshine'],
    ['pw: xk9!Lm', 'xk9!Lm'],
    ['pwd=letmein', 'letmein'],
    ['pin is 1234', '1234'],
    ['my pin 4821 doesnt work', '4821'],
    ['PIN code: 998877', '998877'],
    ['passcode - 2468', '2468'],
    ['the wifi password for the lounge is abc123', 'abc123'],
    ['password: "correct horse"', 'correct horse'],
    ["my password is 'the quick fox'", 'the quick fox'],
    ['Passwort: geheim123', 'geheim123'],
    ['mi contraseña es gato2024', 'gato2024'],
    ['mot de passe est soleil42', 'soleil42'],
  ])('finds the secret in %s', (text, secret) => {
    expect(foundKind(text, 'password')).toEqual([secret]);
  });

  it('finds both halves of a shared login', () => {
    expect(foundKind('login: jsmith / pass: Secret!1', 'password')).toEqual(['jsmith', 'Secret!1']);
  });

  it.each([
    'my password is not working',
    'my password is wrong??',
    'password is incorrect again',
    'my password is expired',
    'my password is being rejected',
    'the password is too long',
    'my login is broken',
    'pin is wrong',
    'the pass is closed for winter',
    'boarding pass is missing',
    'I forgot my password',
    'reset password link is dead',
    'spinning wheel forever',
    'I can’t login is there an outage',
    "login - can't get in",
    'password - forgot it again',
  ])('finds no secret in %s', (text) => {
    expect(foundKind(text, 'password')).toEqual([]);
  });
});

describe('findPii: whole posts', () => {
  it('returns findings sorted by start, with UTF-16 offsets after emoji', () => {
    const text = '😡😡 @bank call 212-555-0188 or mail jo@example.com, card 4111 1111 1111 1111\nssn 123-45-6789';
    expect(found(text)).toEqual([
      ['phone', '212-555-0188'],
      ['email', 'jo@example.com'],
      ['card', '4111 1111 1111 1111'],
      ['ssn', '123-45-6789'],
    ]);
    const starts = findPii(text).map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('reports a number once, as its most specific kind', () => {
    expect(found('4111111111111111')).toEqual([['card', '4111111111111111']]);
    expect(found('ssn 123-45-6789')).toEqual([['ssn', '123-45-6789']]);
    expect(found('password: a@b.com')).toEqual([['email', 'a@b.com']]);
  });

  it.each([
    '',
    'Love the new update!! 🎉🎉 #winning',
    '@AirlineHelp my bag is lost, flight UA 123 from SFO https://t.co/abc123',
    'Pedido 4521 no llegó 😢',
    'ordered 2 pizzas, waited 3 hours',
    '日本語のツイート、注文番号は 12345 です',
    'line one\nline two\n\nline four',
  ])('finds nothing in the ordinary post %j', (text) => {
    expect(findPii(text)).toEqual([]);
  });
});
