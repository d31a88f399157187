import { describe, expect, it } from 'vitest';
import { checkReply, TONE_RULES } from '../../lib/tone';
import { applyFix, findingsOf, only, PRAISE, tone, UPSET } from './tone-helpers';

describe('condescending words', () => {
  it('flags "obviously" and hands the capital on when it opened the sentence', () => {
    const text = 'Obviously, the app needs an update.';
    const finding = only('condescending', text);
    expect(text.slice(finding.start, finding.end)).toBe('Obviously, the');
    expect(finding.message).toContain("'Obviously'");
    expect(applyFix(text, finding)).toBe('The app needs an update.');
  });

  it('takes "simply" out of the middle of a sentence with its space', () => {
    const text = 'You can simply reinstall it.';
    expect(applyFix(text, only('condescending', text))).toBe('You can reinstall it.');
  });

  it('takes a phrase out before the closing mark with the space before it', () => {
    const text = 'The refund is on its way, as I already said.';
    const finding = only('condescending', text);
    expect(text.slice(finding.start, finding.end)).toBe(', as I already said');
    expect(applyFix(text, finding)).toBe('The refund is on its way.');
  });

  it('removes a whole "Calm down." sentence', () => {
    expect(applyFix('Calm down. We are on it.', only('condescending', 'Calm down. We are on it.'))).toBe('We are on it.');
    expect(applyFix('We are on it. Calm down.', only('condescending', 'We are on it. Calm down.'))).toBe('We are on it.');
  });

  it('flags "you should have" without a fix, since removing it breaks the sentence', () => {
    const finding = only('condescending', 'You should have updated the app first.');
    expect(finding).toMatchObject({ start: 0, end: 15 });
    expect(finding.fix).toBeUndefined();
  });

  it('flags a minimising "just" said to the customer', () => {
    const text = 'You can just restart the router.';
    const finding = only('condescending', text);
    expect(text.slice(finding.start, finding.end)).toBe('just ');
    expect(applyFix(text, finding)).toBe('You can restart the router.');
    expect(applyFix('Just restart the router.', only('condescending', 'Just restart the router.'))).toBe('Restart the router.');
  });

  it.each([
    'We just shipped a fix for this.',
    'It just landed in the app store.',
    'The update went out just now.',
    'We just need a moment to check.',
    'We just checked and the order is on its way.',
    'Just to confirm, is this the order from Monday?',
  ])('does not flag "just" in %j', (text) => {
    expect(findingsOf('condescending', text)).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(findingsOf('condescending', 'The simplyfied form is gone. Unobviously so.')).toEqual([]);
  });
});

describe('arguing or blaming', () => {
  it.each([
    ["You're wrong about the fee.", "You're wrong"],
    ["That's not our fault, the courier lost it.", "That's not our fault"],
    ['It looks like you didn’t read the email.', 'you didn’t read'],
    ['This was user error.', 'user error'],
  ])('flags %j', (text, span) => {
    const finding = only('blaming', text);
    expect(text.slice(finding.start, finding.end)).toBe(span);
    expect(finding.fix).toBeUndefined();
  });

  it.each(['You are right, and we are sorry.', 'Not our finest hour; we are fixing it.', 'The fault is now fixed on our side.'])(
    'does not flag %j',
    (text) => {
      expect(findingsOf('blaming', text)).toEqual([]);
    },
  );
});

describe('robotic phrasing', () => {
  it('rewrites a stock apology in the case of what it replaces', () => {
    const text = 'We apologize for any inconvenience this may have caused. A new card is on its way.';
    const finding = only('robotic', text);
    expect(finding.start).toBe(0);
    expect(applyFix(text, finding)).toBe('Sorry for the trouble. A new card is on its way.');
  });

  it('keeps lower case inside a sentence', () => {
    const text = 'Refunds take 5 days as per our policy.';
    expect(applyFix(text, only('robotic', text))).toBe('Refunds take 5 days under our policy.');
  });

  it('knows the British spelling and hold-music lines', () => {
    expect(only('robotic', 'We apologise for the inconvenience.').fix?.replacement).toBe('Sorry for the trouble');
    expect(applyFix('Your call is important to us.', only('robotic', 'Your call is important to us.'))).toBe("We're glad you reached out.");
  });

  it('leaves a plain apology alone', () => {
    expect(findingsOf('robotic', "Sorry for the wait, we're on it.")).toEqual([]);
  });
});

describe('jokes with upset customers', () => {
  it('flags laughter, smileys and laughing emoji under a complaint, each removable', () => {
    const text = 'We will look into it lol :) 😂';
    const found = findingsOf('levity', text, UPSET);
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual(['lol ', ' :)', ' 😂']);
    expect(applyFix(text, found[0]!)).toBe('We will look into it :) 😂');
    expect(applyFix(text, found[2]!)).toBe('We will look into it lol :)');
  });

  it('counts a Red or Orange code or a complaint category as upset', () => {
    expect(findingsOf('levity', 'On it haha', { post: { text: '', code: 'red' } })).toHaveLength(1);
    expect(findingsOf('levity', 'On it 😅', { post: { text: '', categories: ['complaint'] } })).toHaveLength(1);
  });

  it('says nothing under praise or without a post', () => {
    expect(findingsOf('levity', 'So glad you like it :) 😂 haha', PRAISE)).toEqual([]);
    expect(findingsOf('levity', 'So glad you like it :)')).toEqual([]);
  });

  it('leaves hearts, thanks and words that merely contain a smiley alone', () => {
    expect(findingsOf('levity', 'Thanks for bearing with us 🙏 💙 see the :Pizza menu', UPSET)).toEqual([]);
  });
});

describe('personal data in public', () => {
  it('turns a request to post a card number into a DM request', () => {
    const text = 'Please reply with your card number here so we can check.';
    const finding = only('personal-data', text);
    expect(text.slice(finding.start, finding.end)).toBe('reply with your card number here');
    expect(finding.message).toContain('card number');
    expect(applyFix(text, finding)).toBe('Please send us a DM so we can check.');
  });

  it('flags asking for a password, an SSN or a full address', () => {
    expect(applyFix('Send us your password and we will reset it.', only('personal-data', 'Send us your password and we will reset it.'))).toBe(
      'Send us a DM and we will reset it.',
    );
    expect(only('personal-data', 'Can you tell us your social security number?').message).toContain('SSN');
    expect(only('personal-data', 'Could you share your full address below?').message).toContain('address');
    expect(only('personal-data', "What's your card number?").fix).toBeUndefined();
  });

  it.each([
    "We'll send you a password reset link by email.",
    'Please never share your password with anyone, including us.',
    'Please DM us your card number so we can check.',
    'Send us your address via this secure link: https://example.com/form',
    'We will never ask for your PIN.',
  ])('does not flag %j', (text) => {
    expect(findingsOf('personal-data', text)).toEqual([]);
  });

  it('flags a card number repeated in the reply and masks it', () => {
    const text = 'Your card 4111 1111 1111 1111 was charged twice.';
    const finding = only('personal-data', text);
    expect(text.slice(finding.start, finding.end)).toBe('4111 1111 1111 1111');
    expect(applyFix(text, finding)).toBe('Your card •••• •••• •••• 1111 was charged twice.');
  });

  it('flags a repeated SSN, password or street address without a fix', () => {
    expect(only('personal-data', 'We found 123-45-6789 on file.').fix).toBeUndefined();
    expect(only('personal-data', 'Your password is hunter2 for now.').fix).toBeUndefined();
    expect(only('personal-data', 'We will ship to 42 Wallaby Way, Sydney instead.').fix).toBeUndefined();
  });

  it('reads a private channel anywhere in the sentence, before the request or after the data', () => {
    const requests = 'send us your password, share your card number, ';
    expect(findingsOf('personal-data', `${requests.repeat(3)}thanks.`)).toHaveLength(6);
    expect(findingsOf('personal-data', `${requests.repeat(3)}by DM.`)).toEqual([]);
    expect(findingsOf('personal-data', `In a DM, ${requests.repeat(3)}thanks.`)).toEqual([]);
    expect(findingsOf('personal-data', `By DM. ${requests}thanks.`)).toHaveLength(2);
  });

  it('leaves order numbers and the brand phone number alone', () => {
    expect(findingsOf('personal-data', 'Order 4111111111111111 shipped; call us on 1-800-555-0199.')).toEqual([]);
  });
});

describe('no acknowledgement in a reply to a complaint', () => {
  it('puts an acknowledgement in front of the opening sentence', () => {
    const text = 'Please DM us your order number. We will check it.';
    const finding = only('no-empathy', text, UPSET);
    expect(text.slice(finding.start, finding.end)).toBe('Please DM us your order number.');
    expect(applyFix(text, finding)).toBe('Sorry to hear that. Please DM us your order number. We will check it.');
  });

  it('uses the formal acknowledgement for a formal voice, and skips @handles', () => {
    const text = '@priya please DM us your order number.';
    const finding = only('no-empathy', text, { ...UPSET, tone: tone({ voice: 'formal' }) });
    expect(finding.start).toBe(7);
    expect(applyFix(text, finding)).toBe("@priya We're sorry for the trouble. Please DM us your order number.");
  });

  it('goes after a greeting', () => {
    const text = 'Hi Sam, please DM us your order number.';
    expect(applyFix(text, only('no-empathy', text, UPSET))).toBe('Hi Sam, sorry to hear that. Please DM us your order number.');
    const short = 'Hey Sam! Please DM us your order number.';
    expect(applyFix(short, only('no-empathy', short, UPSET))).toBe('Hey Sam! Sorry to hear that. Please DM us your order number.');
  });

  it.each([
    'Sorry about that, please DM us.',
    'We understand, and we are on it.',
    'Thanks for letting us know, the team is on it.',
    "That's not okay, we'll fix it today.",
  ])('accepts an acknowledgement in %j', (text) => {
    expect(findingsOf('no-empathy', text, UPSET)).toEqual([]);
  });

  it('says nothing when the post is not a complaint', () => {
    expect(findingsOf('no-empathy', 'Please DM us your order number.', PRAISE)).toEqual([]);
    expect(findingsOf('no-empathy', 'Please DM us your order number.')).toEqual([]);
  });
});

describe('capitals and exclamation marks', () => {
  it('lowers a shouted run and keeps the capital that opens the sentence', () => {
    const text = 'PLEASE READ THE FAQ before you order.';
    const finding = only('shouting', text);
    expect(text.slice(finding.start, finding.end)).toBe('PLEASE READ THE');
    expect(applyFix(text, finding)).toBe('Please read the FAQ before you order.');
  });

  it('keeps acronyms inside a shouted run', () => {
    const text = 'You must NOT SHARE YOUR PIN WITH us.';
    const finding = only('shouting', text);
    expect(applyFix(text, finding)).toBe('You must not share your PIN with us.');
  });

  it('flags one long word in capitals', () => {
    expect(applyFix('We NEVER ask for that.', only('shouting', 'We NEVER ask for that.'))).toBe('We never ask for that.');
  });

  it.each([
    'DM us and check the FAQ. Ships to the USA and UK, OK?',
    'Track it with UPS or DHL, or @SUPPORTTEAM on https://EXAMPLE.COM/HELP #BLACKFRIDAY',
    'Your 2FA code and the IMEI are on the box. I am on it.',
  ])('does not flag acronyms, handles or links in %j', (text) => {
    expect(findingsOf('shouting', text)).toEqual([]);
  });

  it('turns a run of exclamation marks into one', () => {
    const text = 'All fixed!!! Enjoy?!!';
    const found = findingsOf('exclamations', text);
    expect(found.map((finding) => [finding.start, finding.end])).toEqual([
      [9, 12],
      [18, 21],
    ]);
    expect(applyFix(text, found[0]!)).toBe('All fixed! Enjoy?!!');
    expect(applyFix(text, found[1]!)).toBe('All fixed!!! Enjoy?');
    expect(findingsOf('exclamations', 'Great! Thanks!')).toEqual([]);
  });
});

describe('reading level', () => {
  const hard =
    'Notwithstanding the aforementioned considerations, organizational implementation of comprehensive remediation necessitates substantial administrative coordination.';

  it("flags a reply above the team's grade, on its hardest sentence", () => {
    const text = `Thanks for writing in. ${hard}`;
    const finding = only('reading-level', text, { tone: tone({ readingGrade: 8 }) });
    expect(text.slice(finding.start, finding.end)).toBe(hard);
    expect(finding.message).toContain('8');
  });

  it('leaves plain replies and short ones alone', () => {
    expect(findingsOf('reading-level', 'Sorry about that. We sent a new card today, and it should reach you by Friday.', { tone: tone({ readingGrade: 6 }) })).toEqual([]);
    expect(findingsOf('reading-level', 'Comprehensive organizational remediation necessitates coordination.')).toEqual([]);
  });

  it("follows the team's target", () => {
    const text = 'We have escalated your reimbursement application to the appropriate department for consideration.';
    expect(findingsOf('reading-level', text, { tone: tone({ readingGrade: 8 }) })).toHaveLength(1);
    expect(findingsOf('reading-level', text, { tone: tone({ readingGrade: 20 }) })).toEqual([]);
  });
});

describe('too long for the network', () => {
  it('spans what is over the limit on X', () => {
    const text = 'a'.repeat(290);
    const finding = only('too-long', text, { network: 'x' });
    expect(finding).toMatchObject({ start: 280, end: 290 });
    expect(finding.message).toContain('290 of 280');
  });

  it('counts links as 23 on X', () => {
    const text = `${'b'.repeat(250)} https://example.com/${'c'.repeat(80)}`;
    expect(findingsOf('too-long', text, { network: 'x' })).toEqual([]);
  });

  it('swaps boilerplate for its short variant', () => {
    const long = `We are sorry about the delay with your order. ${'Our team is checking every step of the delivery. '.repeat(5)}`.trim();
    const short = 'Sorry about the delay; DM us your order number.';
    const text = `Hi Sam! ${long}`;
    const finding = only('too-long', text, { network: 'x', templates: [{ text: long, shortText: short }] });
    expect(text.slice(finding.start, finding.end)).toBe(long);
    expect(applyFix(text, finding)).toBe(`Hi Sam! ${short}`);
  });

  it('has no limit where the network sets none worth checking', () => {
    expect(findingsOf('too-long', 'd'.repeat(5000), { network: 'facebook' })).toEqual([]);
    expect(findingsOf('too-long', 'd'.repeat(5000))).toEqual([]);
  });
});

describe("the team's own rules", () => {
  it('flags each phrase to avoid, word-bounded and in any case, with its replacement and reason', () => {
    const context = { tone: tone({ avoid: [{ phrase: 'ticket number', replacement: 'case number', reason: 'customers think of cases' }] }) };
    const text = 'Your Ticket Number is 55. Tickets numbered 5 are fine.';
    const finding = only('team-avoid', text, context);
    expect(text.slice(finding.start, finding.end)).toBe('Ticket Number');
    expect(finding.message).toContain('customers think of cases');
    expect(applyFix(text, finding)).toBe('Your Case number is 55. Tickets numbered 5 are fine.');
  });

  it('flags a phrase without a replacement, with no fix', () => {
    const finding = only('team-avoid', 'Unfortunately it sold out.', { tone: tone({ avoid: [{ phrase: 'unfortunately' }] }) });
    expect(finding.fix).toBeUndefined();
  });

  it('appends a missing sign-off after a space on X and on a new line elsewhere', () => {
    const text = 'All sorted, enjoy your trip.  ';
    const onX = only('sign-off', text, { network: 'x', tone: tone({ signOff: '^AB' }) });
    expect(applyFix(text, onX)).toBe('All sorted, enjoy your trip. ^AB');
    const onFacebook = only('sign-off', text, { network: 'facebook', tone: tone({ signOff: '– Ana, Care team' }) });
    expect(applyFix(text, onFacebook)).toBe('All sorted, enjoy your trip.\n– Ana, Care team');
    expect(findingsOf('sign-off', 'All sorted ^ab https://example.com', { network: 'x', tone: tone({ signOff: '^AB' }) })).toEqual([]);
  });

  it('flags stiff phrases in a casual voice', () => {
    const casual = { tone: tone({ voice: 'casual' }) };
    expect(applyFix('Kindly DM us.', only('voice', 'Kindly DM us.', casual))).toBe('Please DM us.');
    expect(applyFix('We kindly ask you to wait.', only('voice', 'We kindly ask you to wait.', casual))).toBe('We ask you to wait.');
    const text = 'We regret to inform you that the item is gone.';
    expect(applyFix(text, only('voice', text, casual))).toBe('Unfortunately, the item is gone.');
    expect(applyFix('Please be advised that we close at 9.', only('voice', 'Please be advised that we close at 9.', casual))).toBe('We close at 9.');
  });

  it('flags slang in a formal voice', () => {
    const formal = { tone: tone({ voice: 'formal' }) };
    const text = "Hey there, we're gonna check it. No worries!";
    const found = findingsOf('voice', text, formal);
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual(['Hey there', 'gonna', 'No worries']);
    expect(applyFix(text, found[1]!)).toBe("Hey there, we're going to check it. No worries!");
    expect(findingsOf('voice', text, { tone: tone({ voice: 'casual' }) })).toEqual([]);
    expect(findingsOf('voice', 'Kindly DM us.', formal)).toEqual([]);
  });
});

describe('the rule list and rulesOff', () => {
  it('lists every rule once with a name and a description', () => {
    const ids = TONE_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TONE_RULES) {
      expect(rule.name).not.toBe('');
      expect(rule.description).not.toBe('');
    }
  });

  it('skips every rule the team turned off, and only those', () => {
    const text = 'Obviously you are wrong!!! PLEASE READ lol';
    const all = checkReply(text, { ...UPSET, tone: tone({ signOff: '^AB' }) });
    const seen = new Set(all.map((finding) => finding.rule));
    expect([...seen].sort()).toEqual(['blaming', 'condescending', 'exclamations', 'levity', 'no-empathy', 'shouting', 'sign-off']);
    const off = checkReply(text, { ...UPSET, tone: tone({ signOff: '^AB', rulesOff: ['condescending', 'levity', 'sign-off'] }) });
    expect(new Set(off.map((finding) => finding.rule))).toEqual(new Set(['blaming', 'exclamations', 'no-empathy', 'shouting']));
  });
});
