import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lib/classify/policy';
import { intensityOf, triage, type Evidence } from '../../lib/classify/rules';
import { tokenize } from '../../lib/classify/tokenize';
import type { Intent, IntentFinding, ModelScores, PiiFinding, PiiKind } from '../../lib/classify/types';

const policy = defaultPolicy();

function scores(sentiment: [number, number, number], other: Partial<Omit<ModelScores, 'sentiment'>> = {}): ModelScores {
  const [negative, neutral, positive] = sentiment;
  return { sentiment: { negative, neutral, positive }, offensive: 0, hate: 0, spam: 0, ...other };
}

const NEUTRAL = scores([0.1, 0.8, 0.1]);

function intent(name: Intent, reason = name === 'question' ? 'asks a question' : `about ${name}`): IntentFinding {
  return { intent: name, reason };
}

function pii(...kinds: PiiKind[]): PiiFinding[] {
  return kinds.map((kind, i) => ({ kind, start: i, end: i + 1 }));
}

function evidence(parts: Partial<Evidence> = {}): Evidence {
  return { scores: NEUTRAL, pii: [], intents: [], language: 'en', ...parts };
}

function run(text: string, parts: Partial<Evidence> = {}, extra: Partial<Parameters<typeof triage>[2]> = {}) {
  return triage({ id: 'p1', text, author: 'priya_r_', hasAvatar: true }, evidence(parts), { policy, ...extra });
}

describe('triage codes', () => {
  it('is Green with "benign" when nothing stands out', () => {
    const result = run('Just saw your ad on the train');
    expect(result.code).toBe('green');
    expect(result.reasons).toEqual(['benign']);
    expect(result.categories).toEqual([]);
  });

  it('is Green for praise', () => {
    const result = run('Thank you so much, you made my day', { scores: scores([0.02, 0.08, 0.9]), intents: [intent('praise', 'praise')] });
    expect(result).toMatchObject({ code: 'green', categories: ['praise'], reasons: ['praise', 'positive'], sentiment: { label: 'positive', score: 0.9 } });
  });

  it('is Red for a card number, an SSN, a password or a phone number in public', () => {
    for (const [kind, reason] of [
      ['card', 'card number in public'],
      ['ssn', 'SSN in public'],
      ['password', 'password in public'],
      ['phone', 'phone number in public'],
    ] as const) {
      const result = run('here you go', { pii: pii(kind) });
      expect(result.code).toBe('red');
      expect(result.reasons[0]).toBe(reason);
      expect(result.categories).toEqual(['pii']);
      expect(result.signals.pii).toEqual([kind]);
    }
  });

  it('is Yellow for an email or postal address alone, so the agent asks them to delete it', () => {
    const result = run('write me at a@b.com, 12 High St', { pii: pii('address', 'email') });
    expect(result.code).toBe('yellow');
    expect(result.reasons).toEqual(['email address in public', 'home address in public']);
    expect(result.signals.pii).toEqual(['email', 'address']);
  });

  it('lists each PII kind once, most harmful first', () => {
    const result = run('x', { pii: pii('email', 'card', 'card', 'phone') });
    expect(result.signals.pii).toEqual(['card', 'phone', 'email']);
    expect(result.reasons).toEqual(['card number in public', 'phone number in public', 'email address in public']);
  });

  it('is Red for a threat, hate, spam and obscenity', () => {
    expect(run('x', { intents: [intent('threat', 'threat of violence')] })).toMatchObject({ code: 'red', categories: ['threat'], reasons: ['threat of violence'] });
    expect(run('x', { scores: scores([0.6, 0.3, 0.1], { hate: 0.8 }) })).toMatchObject({ code: 'red', categories: ['hate', 'complaint'] });
    expect(run('x', { scores: scores([0.1, 0.6, 0.3], { spam: 0.9 }) })).toMatchObject({ code: 'red', categories: ['spam'], reasons: ['looks like spam'] });
    expect(run('x', { scores: scores([0.5, 0.4, 0.1], { offensive: 0.95 }) }).reasons[0]).toBe('obscene or abusive');
  });

  it('answers a customer who swears but is not plainly abusive', () => {
    const result = run('this damn app is down again', { scores: scores([0.8, 0.15, 0.05], { offensive: 0.6 }), intents: [intent('outage', 'mentions an outage')] });
    expect(result.code).toBe('yellow');
    expect(result.categories).toEqual(['abuse', 'outage', 'complaint']);
    expect(result.reasons).toEqual(['mentions an outage', 'rude language', 'strong negative']);
  });

  it('keeps Red thresholds above even odds for spam', () => {
    expect(run('use code SAVE10', { scores: scores([0.1, 0.6, 0.3], { spam: 0.6 }) }).code).toBe('green');
  });

  it('is Orange for a general question', () => {
    const result = run('Do you ship to Canada?', { intents: [intent('question')] });
    expect(result).toMatchObject({ code: 'orange', categories: ['question'], reasons: ['asks a question'] });
  });

  it('is Orange for an emotional statement', () => {
    const result = run('worst company ever, I am done', { scores: scores([0.9, 0.08, 0.02]) });
    expect(result).toMatchObject({ code: 'orange', categories: ['complaint'], reasons: ['strong negative'] });
  });

  it('calls a mildly negative post just "negative"', () => {
    expect(run('not a fan of the new logo', { scores: scores([0.55, 0.4, 0.05]) }).reasons).toEqual(['negative']);
  });

  it('calls a negative post strong when it is intense', () => {
    expect(run('WHY IS THIS STILL BROKEN!!!!', { scores: scores([0.55, 0.4, 0.05]) }).reasons).toEqual(['strong negative']);
  });

  it('is Yellow for an account-specific request, even an angry one or one asked as a question', () => {
    const result = run('Where is my refund?? Charged twice!', {
      scores: scores([0.85, 0.1, 0.05]),
      intents: [intent('billing', 'about billing or a charge'), intent('question')],
    });
    expect(result.code).toBe('yellow');
    expect(result.categories).toEqual(['billing', 'complaint', 'question']);
    expect(result.reasons).toEqual(['about billing or a charge', 'asks a question', 'strong negative']);
  });

  it('is Orange for a topic asked in general, Yellow once it is the asker’s own', () => {
    const delivery = intent('delivery', 'about a delivery');
    expect(run('Do you ship to Canada?', { intents: [delivery, intent('question')] })).toMatchObject({ code: 'orange', categories: ['delivery', 'question'] });
    expect(run('Why was I charged twice?', { intents: [intent('billing'), intent('question')] }).code).toBe('yellow');
    expect(run('Is the site down?', { intents: [intent('outage'), intent('question'), intent('account')] }).code).toBe('yellow');
    expect(run('The parcel never arrived', { intents: [delivery] }).code).toBe('yellow');
  });

  it('is Yellow for "my site is down"', () => {
    expect(run('my site is down', { intents: [intent('outage', 'mentions an outage'), intent('account')] })).toMatchObject({ code: 'yellow', categories: ['outage', 'account'] });
  });

  it('is Yellow for a media inquiry', () => {
    expect(run('Reporter here, can I get a comment?', { intents: [intent('media', 'press or media inquiry')] })).toMatchObject({ code: 'yellow', categories: ['media'] });
  });

  it('orders categories by importance', () => {
    const result = run('x', { intents: [intent('praise'), intent('question'), intent('delivery'), intent('security'), intent('threat')], pii: pii('phone') });
    expect(result.categories).toEqual(['threat', 'pii', 'security', 'delivery', 'question', 'praise']);
  });

  it('puts the reasons behind the code first', () => {
    const result = run('x', { intents: [intent('praise', 'praise'), intent('question')], pii: pii('card') });
    expect(result.reasons).toEqual(['card number in public', 'asks a question', 'praise']);
  });
});

describe('triage in an unknown language', () => {
  const angry = scores([0.95, 0.04, 0.01], { hate: 0.9, spam: 0.9, offensive: 0.99 });

  it('ignores the English models and reads neutral', () => {
    const result = run('¡Mi pedido no ha llegado!', { scores: angry, language: 'unknown' });
    expect(result.sentiment).toEqual({ label: 'neutral', score: 0 });
    expect(result.code).toBe('yellow');
    expect(result.reasons).toEqual(['unknown language']);
    expect(result.signals.language).toBe('unknown');
  });

  it('still applies PII rules', () => {
    const result = run('Mi tarjeta es 4111 1111 1111 1111', { scores: angry, language: 'unknown', pii: pii('card') });
    expect(result.code).toBe('red');
    expect(result.reasons).toEqual(['card number in public', 'unknown language']);
  });
});

describe('triage signals', () => {
  it('works out VIP from the policy and new account from the post', () => {
    const vipPolicy = { ...policy, vipHandles: [{ network: 'x', handle: 'Priya_R_' }] };
    const result = triage({ id: 'p', text: 'hi', author: 'priya_r_', hasAvatar: false }, evidence(), { policy: vipPolicy, network: 'x' });
    expect(result.signals).toMatchObject({ vip: true, newAccount: true, repeatPoster: false, alreadyAnswered: false });
    expect(result.reasons).toEqual(['benign', 'VIP', 'new account']);
  });

  it('counts followers at the team threshold as VIP', () => {
    const result = triage({ id: 'p', text: 'hi', followers: 10_000 }, evidence(), { policy });
    expect(result.signals.vip).toBe(true);
  });

  it('takes the signals the caller knows, and lists already answered first', () => {
    const result = run('Do you ship to Canada?', { intents: [intent('question')] }, { signals: { repeatPoster: true, alreadyAnswered: true, vip: true } });
    expect(result.reasons).toEqual(['asks a question', 'already answered', 'VIP', 'repeat poster']);
    expect(result.code).toBe('orange');
  });
});

describe('intensity', () => {
  const stats = (text: string) => tokenize(text).stats;

  it('is 0 for a flat post', () => {
    expect(intensityOf(stats('my parcel came today'), 0.1)).toBe(0);
    expect(run('my parcel came today').intensity).toBe(0);
  });

  it('rises with capitals, exclamation marks, elongation and negativity', () => {
    const flat = intensityOf(stats('where is my refund'), 0.2);
    const caps = intensityOf(stats('WHERE IS MY REFUND'), 0.2);
    const marks = intensityOf(stats('WHERE IS MY REFUND!!!!!'), 0.2);
    const all = intensityOf(stats('WHERE IS MY REFUND!!!!! sooooo done'), 0.95);
    expect(flat).toBe(0);
    expect(caps).toBeGreaterThan(0.5);
    expect(marks).toBeGreaterThan(caps);
    expect(all).toBeGreaterThan(marks);
    expect(all).toBeLessThanOrEqual(1);
  });

  it('does not call one capitalised word shouting', () => {
    expect(intensityOf(stats('OK'), 0)).toBe(0);
  });

  it('is rounded to two decimals in the triage', () => {
    const { intensity } = run('WHERE IS MY REFUND!!', { scores: scores([0.8, 0.1, 0.1]) });
    expect(intensity).toBe(Math.round(intensity * 100) / 100);
    expect(intensity).toBeGreaterThan(0.5);
  });
});

describe('alerts from the model files', () => {
  it('acts on a yes/no model only from the threshold its file sets', () => {
    const hateful = { scores: scores([0.6, 0.3, 0.1], { hate: 0.8, offensive: 0.6 }) };
    expect(run('text', hateful).code).toBe('red');
    const strict = { hateRed: 0.95, spamRed: 0.95, obsceneRed: 0.97, rude: 0.7 };
    const judged = run('text', hateful, { alerts: strict });
    expect(judged.code).toBe('orange');
    expect(judged.reasons).not.toContain('hateful language');
    expect(judged.reasons).not.toContain('rude language');
  });
});
