import { z } from 'zod';
import { networkSchema } from '../../../lib/sites/post';
import type { Policy, TriageCode } from '../../../lib/sync/records';

/**
 * What the policy sections' fields hold (the text of each input), and the zod schemas that turn
 * it into the policy's own shapes. Errors carry the path of the field they are about, so each
 * message can sit beside its field.
 */

const SHORT = 200;
const optionalText = (label: string) =>
  z
    .string()
    .trim()
    .max(SHORT, `${label}: at most ${SHORT} characters.`)
    .transform((text) => (text === '' ? undefined : text));
const requiredText = (missing: string, label: string) => z.string().trim().min(1, missing).max(SHORT, `${label}: at most ${SHORT} characters.`);

/** A number typed into a text field: empty is "not set". */
const optionalWhole = (message: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return undefined;
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < min || value > max) {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return value;
    });

/* Tone rules */

export interface AvoidDraft {
  phrase: string;
  replacement: string;
  reason: string;
}

export interface ToneDraft {
  avoid: AvoidDraft[];
  signOff: string;
  voice: 'casual' | 'formal';
  readingGrade: string;
  rulesOff: string[];
}

export const toneFormSchema = z
  .object({
    avoid: z
      .array(
        z.object({
          phrase: requiredText('Type the phrase to avoid, or remove this row.', 'Phrase'),
          replacement: optionalText('Replacement'),
          reason: optionalText('Reason'),
        }),
      )
      .max(500, 'At most 500 phrases.'),
    signOff: optionalText('Sign-off'),
    voice: z.enum(['casual', 'formal']),
    readingGrade: optionalWhole('A school grade from 1 to 20, or empty for no target.', 1, 20),
    rulesOff: z.array(z.string().max(SHORT)).max(50),
  })
  .superRefine(
    ({ avoid }, ctx) => {
      const seen = new Set<string>();
      avoid.forEach(({ phrase }, index) => {
        const key = phrase.trim().toLowerCase();
        if (key !== '' && seen.has(key)) ctx.addIssue({ code: 'custom', path: ['avoid', index, 'phrase'], message: 'This phrase is already in the list.' });
        seen.add(key);
      });
    },
    // Every message at once, not this one only after the others are fixed.
    { when: () => true },
  )
  .transform(({ avoid, signOff, voice, readingGrade, rulesOff }): Policy['tone'] => ({
    avoid: avoid.map(({ phrase, replacement, reason }) => ({ phrase, ...(replacement ? { replacement } : {}), ...(reason ? { reason } : {}) })),
    ...(signOff ? { signOff } : {}),
    voice,
    ...(readingGrade === undefined ? {} : { readingGrade }),
    rulesOff,
  }));

export function toneDraft(tone: Policy['tone']): ToneDraft {
  return {
    avoid: tone.avoid.map(({ phrase, replacement, reason }) => ({ phrase, replacement: replacement ?? '', reason: reason ?? '' })),
    signOff: tone.signOff ?? '',
    voice: tone.voice,
    readingGrade: tone.readingGrade === undefined ? '' : String(tone.readingGrade),
    rulesOff: [...tone.rulesOff],
  };
}

/* SLAs */

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Thirty days: past that a deadline says nothing an agent could act on. */
const MAX_SLA_MINUTES = 43_200;

export interface DayDraft {
  day: number;
  on: boolean;
  from: string;
  to: string;
}

export interface SlaDraft {
  minutes: Record<TriageCode, string>;
  timeZone: string;
  days: DayDraft[];
  awayMessage: string;
}

/** One message for whatever is wrong, so the field never reads two at once. */
const minutesField = z
  .string()
  .trim()
  .transform((text, ctx) => {
    const problem = text === '' ? 'Minutes to respond (0 for at once).' : !/^\d+$/.test(text) ? 'Whole minutes, like 60.' : Number(text) > MAX_SLA_MINUTES ? `At most ${MAX_SLA_MINUTES} minutes (30 days).` : null;
    if (problem === null) return Number(text);
    ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time like 09:00.');

export function slaFormSchema(zones: ReadonlySet<string>) {
  return z
    .object({
      minutes: z.object({ red: minutesField, orange: minutesField, yellow: minutesField, green: minutesField }),
      timeZone: z.string().refine((zone) => zones.has(zone), 'Pick a time zone from the list.'),
      days: z.array(z.object({ day: z.number().int().min(0).max(6), on: z.boolean(), from: hhmm, to: hhmm })).length(7),
      awayMessage: z
        .string()
        .trim()
        .max(1_000, 'At most 1,000 characters.')
        .transform((text) => (text === '' ? undefined : text)),
    })
    .superRefine(
      ({ days }, ctx) => {
        if (!days.some((day) => day.on)) ctx.addIssue({ code: 'custom', path: ['days'], message: 'Monitor at least one day, or every deadline counts plain time.' });
      },
      { when: () => true },
    )
    .transform(({ minutes, timeZone, days, awayMessage }): Pick<Policy, 'sla' | 'hours' | 'awayMessage'> => ({
      sla: minutes,
      hours: { timeZone, days: days.filter((day) => day.on).map(({ day, from, to }) => ({ day, from, to })) },
      awayMessage,
    }));
}

/**
 * The form shows one opening per weekday; a policy with two on a day (from the team server or a
 * backup) keeps its first, which the manager sees before saving.
 */
export function slaDraft({ sla, hours, awayMessage }: Policy): SlaDraft {
  return {
    minutes: { red: String(sla.red), orange: String(sla.orange), yellow: String(sla.yellow), green: String(sla.green) },
    timeZone: hours.timeZone,
    days: WEEKDAYS.map((_, day) => {
      const open = hours.days.find((entry) => entry.day === day);
      return open ? { day, on: true, from: open.from, to: open.to } : { day, on: false, from: '09:00', to: '17:00' };
    }),
    awayMessage: awayMessage ?? '',
  };
}

/* People */

export interface ContactDraft {
  name: string;
  role: string;
  reach: string;
  hours: string;
}

export interface PeopleDraft {
  vipText: string;
  influencer: string;
  contacts: ContactDraft[];
}

const MAX_VIPS = 10_000;
/** Letters, digits and the few marks networks allow; "@" inside for Mastodon's user@server. */
const HANDLE = /^[\p{L}\p{N}_.@-]{1,128}$/u;
/** A set rather than the schema: a list of 10,000 handles is read again on every keystroke. */
const NETWORKS: ReadonlySet<string> = new Set(networkSchema.options);

export type VipLine = { ok: true; network: string; handle: string } | { ok: false; message: string };

/** "@priya_r_" is on X; "instagram:@priya.r" names its network. */
export function parseVipLine(line: string): VipLine {
  const match = /^(?:([a-z]+)\s*:\s*)?@?(.+)$/i.exec(line.trim());
  const network = (match?.[1] ?? 'x').toLowerCase();
  const handle = (match?.[2] ?? '').trim();
  if (!NETWORKS.has(network)) return { ok: false, message: `“${network}” is not a network Carebar knows (${networkSchema.options.join(', ')}).` };
  if (!HANDLE.test(handle)) return { ok: false, message: `“${line.trim()}” is not a handle.` };
  return { ok: true, network, handle };
}

interface VipList {
  vips: Policy['vipHandles'];
  problems: string[];
}

/**
 * The last list read, kept: the whole People form is checked on every keystroke, and typing a
 * contact's name should not read 10,000 handles again (about 15 ms).
 */
let lastVipList: { text: string; list: VipList } | undefined;

/** The VIP list from the textarea, one handle a line; repeats kept once. */
export function readVipList(text: string): VipList {
  if (lastVipList?.text === text) return lastVipList.list;
  const vips: Policy['vipHandles'] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = parseVipLine(line);
    if (!parsed.ok) {
      problems.push(`Line ${index + 1}: ${parsed.message}`);
      return;
    }
    const key = `${parsed.network}:${parsed.handle.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    vips.push({ network: parsed.network, handle: parsed.handle });
  });
  if (vips.length > MAX_VIPS) problems.push(`At most ${MAX_VIPS.toLocaleString('en')} handles.`);
  lastVipList = { text, list: { vips, problems } };
  return lastVipList.list;
}

const vipListSchema = z.string().transform((text, ctx) => {
  const { vips, problems } = readVipList(text);
  for (const message of problems) ctx.addIssue({ code: 'custom', message });
  return vips;
});

export const peopleFormSchema = z
  .object({
    vipText: vipListSchema,
    influencer: optionalWhole('A whole number of followers, or empty for 10,000.', 0, Number.MAX_SAFE_INTEGER),
    contacts: z
      .array(
        z.object({
          name: requiredText('Who to escalate to, or remove this contact.', 'Name'),
          role: optionalText('Role'),
          reach: requiredText('How to reach them: a phone, an email, a channel.', 'How to reach'),
          hours: optionalText('Hours'),
        }),
      )
      .max(100, 'At most 100 contacts.'),
  })
  .transform(({ vipText, influencer, contacts }): Pick<Policy, 'vipHandles' | 'influencerFollowers' | 'contacts'> => ({
    vipHandles: vipText,
    influencerFollowers: influencer,
    contacts: contacts.map(({ name, role, reach, hours }) => ({ name, role: role ?? '', reach, ...(hours ? { hours } : {}) })),
  }));

export function peopleDraft({ vipHandles, influencerFollowers, contacts }: Policy): PeopleDraft {
  return {
    vipText: vipHandles.map(({ network, handle }) => (network === 'x' ? `@${handle}` : `${network}:@${handle}`)).join('\n'),
    influencer: influencerFollowers === undefined ? '' : String(influencerFollowers),
    contacts: contacts.map(({ name, role, reach, hours }) => ({ name, role, reach, hours: hours ?? '' })),
  };
}

/** A long list's bad lines: the first few say enough to find the rest. */
const MESSAGES_PER_FIELD = 3;

/** Messages by field path ("avoid.2.phrase"); a field with several (the VIP lines) gets the first few. */
export function errorsByField(error: z.ZodError | undefined): ReadonlyMap<string, string> {
  const messages = new Map<string, string[]>();
  for (const issue of error?.issues ?? []) {
    const key = issue.path.join('.');
    const list = messages.get(key) ?? [];
    if (list.length < MESSAGES_PER_FIELD) list.push(issue.message);
    messages.set(key, list);
  }
  return new Map([...messages].map(([key, list]) => [key, list.join(' ')]));
}
