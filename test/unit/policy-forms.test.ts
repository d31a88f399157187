import { describe, expect, it } from 'vitest';
import { errorsByField, parseVipLine, peopleDraft, peopleFormSchema, slaDraft, slaFormSchema, toneDraft, toneFormSchema } from '../../components/options/policy/forms';
import { handlesInFile } from '../../components/options/policy/handle-list';
import { defaultPolicy } from '../../lib/classify/policy';
import { policySchema } from '../../lib/sync/records';

const zones = new Set(['UTC', 'Europe/Paris']);

describe('tone rules form', () => {
  it('turns the fields into the policy’s tone, dropping empty optional text', () => {
    const parsed = toneFormSchema.parse({
      avoid: [{ phrase: ' calm down ', replacement: 'I understand', reason: '' }],
      signOff: '  ',
      voice: 'formal',
      readingGrade: '7',
      rulesOff: ['shouting'],
    });
    expect(parsed).toEqual({ avoid: [{ phrase: 'calm down', replacement: 'I understand' }], voice: 'formal', readingGrade: 7, rulesOff: ['shouting'] });
  });

  it('places each message on its field: an empty phrase, a repeated one, a grade out of range', () => {
    const result = toneFormSchema.safeParse({
      avoid: [{ phrase: 'Per our policy', replacement: '', reason: '' }, { phrase: '', replacement: '', reason: '' }, { phrase: 'per our POLICY', replacement: '', reason: '' }],
      signOff: '',
      voice: 'casual',
      readingGrade: '25',
      rulesOff: [],
    });
    const errors = errorsByField(result.error);
    expect(errors.get('avoid.1.phrase')).toBe('Type the phrase to avoid, or remove this row.');
    expect(errors.get('avoid.2.phrase')).toBe('This phrase is already in the list.');
    expect(errors.get('readingGrade')).toBe('A school grade from 1 to 20, or empty for no target.');
    expect(errors.has('avoid.0.phrase')).toBe(false);
  });

  it('reads a stored tone back into the same fields', () => {
    const tone = { avoid: [{ phrase: 'asap', reason: 'sounds rushed' }], signOff: '^AK', voice: 'casual' as const, readingGrade: 6, rulesOff: ['levity'] };
    expect(toneFormSchema.parse(toneDraft(tone))).toEqual(tone);
  });
});

describe('SLA form', () => {
  it('reads the default policy and gives it back unchanged', () => {
    const policy = defaultPolicy();
    const { sla, hours, awayMessage } = slaFormSchema(zones).parse(slaDraft(policy));
    expect({ sla, hours, awayMessage }).toEqual({ sla: policy.sla, hours: policy.hours, awayMessage: undefined });
  });

  it('keeps only the days ticked, and refuses minutes that are not whole, a zone not listed, no day at all', () => {
    const draft = slaDraft(defaultPolicy());
    draft.days = draft.days.map((day) => ({ ...day, on: day.day >= 1 && day.day <= 5, from: '09:00', to: '17:30' }));
    draft.timeZone = 'Europe/Paris';
    const parsed = slaFormSchema(zones).parse(draft);
    expect(parsed.hours.days.map((d) => d.day)).toEqual([1, 2, 3, 4, 5]);
    expect(parsed.hours.days[0]).toEqual({ day: 1, from: '09:00', to: '17:30' });

    const bad = { ...draft, minutes: { ...draft.minutes, yellow: '1.5', red: '' }, timeZone: 'Mars/Olympus', days: draft.days.map((d) => ({ ...d, on: false })) };
    const errors = errorsByField(slaFormSchema(zones).safeParse(bad).error);
    expect(errors.get('minutes.yellow')).toBe('Whole minutes, like 60.');
    expect(errors.get('minutes.red')).toBe('Minutes to respond (0 for at once).');
    expect(errors.get('timeZone')).toBe('Pick a time zone from the list.');
    expect(errors.get('days')).toMatch(/^Monitor at least one day/);
  });
});

describe('people form', () => {
  it('reads VIP lines with their network, keeps repeats once, and says which line is wrong', () => {
    expect(parseVipLine('@Priya_R_')).toEqual({ ok: true, network: 'x', handle: 'Priya_R_' });
    expect(parseVipLine('instagram:@priya.r')).toEqual({ ok: true, network: 'instagram', handle: 'priya.r' });
    expect(parseVipLine('myspace:@tom')).toMatchObject({ ok: false });

    const parsed = peopleFormSchema.parse({ vipText: '@ann\n\nANN\nbluesky:@ann.bsky.social', influencer: '', contacts: [] });
    expect(parsed.vipHandles).toEqual([
      { network: 'x', handle: 'ann' },
      { network: 'bluesky', handle: 'ann.bsky.social' },
    ]);
    expect(parsed.influencerFollowers).toBeUndefined();

    const errors = errorsByField(peopleFormSchema.safeParse({ vipText: '@ok\nnot a handle\n@fine\nmyspace:@tom', influencer: '5k', contacts: [{ name: 'Dana', role: '', reach: '', hours: '' }] }).error);
    expect(errors.get('vipText')).toBe('Line 2: “not a handle” is not a handle. Line 4: “myspace” is not a network Carebar knows (x, facebook, linkedin, reddit, instagram, bluesky, mastodon).');
    expect(errors.get('influencer')).toBe('A whole number of followers, or empty for 10,000.');
    expect(errors.get('contacts.0.reach')).toBe('How to reach them: a phone, an email, a channel.');
  });

  it('round-trips a stored policy’s people through the fields, valid for the sync schema', () => {
    const policy = {
      ...defaultPolicy(),
      vipHandles: [
        { network: 'x', handle: 'ann' },
        { network: 'instagram', handle: 'bo.b' },
      ],
      influencerFollowers: 50_000,
      contacts: [{ name: 'Dana Reyes', role: 'Legal', reach: '#legal', hours: '9-17' }],
    };
    const part = peopleFormSchema.parse(peopleDraft(policy));
    expect(part).toEqual({ vipHandles: policy.vipHandles, influencerFollowers: 50_000, contacts: policy.contacts });
    expect(policySchema.safeParse({ ...policy, ...part }).success).toBe(true);
  });

  it('takes an imported list’s first column, quoted cells included, past a header', () => {
    expect(handlesInFile('handle,name\n"@ann",Ann\n"bo_b","Bob, Jr."\n\n', 'vips.csv')).toEqual(['@ann', 'bo_b']);
    expect(handlesInFile('@ann\r\n  @bob  \n\n', 'vips.txt')).toEqual(['@ann', '@bob']);
  });
});
