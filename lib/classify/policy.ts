import type { Policy } from '../sync/records';

/**
 * Followers from which an author counts as an influencer when the team has not set its own
 * threshold: about where an unhappy post starts to be seen by more people than the brand's
 * own replies reach.
 */
export const DEFAULT_INFLUENCER_FOLLOWERS = 10_000;

/** The product's default answer times, in minutes (`product.md`, triage codes). */
export const DEFAULT_SLA_MINUTES: Policy['sla'] = { red: 0, orange: 180, yellow: 60, green: 240 };

/**
 * The policy a team starts from. Monitoring hours are every day, all day: the policy schema
 * only allows "HH:MM" up to 23:59, so a window whose `to` equals its `from` ("00:00" to
 * "00:00") means a full 24 hours from `from` (see `sla.ts` for how windows are read).
 */
export function defaultPolicy(): Policy {
  return {
    id: 'team',
    tone: { avoid: [], voice: 'casual', rulesOff: [] },
    sla: { ...DEFAULT_SLA_MINUTES },
    hours: {
      // With the clock running all day, every day, the zone changes nothing.
      timeZone: 'UTC',
      days: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, from: '00:00', to: '00:00' })),
    },
    vipHandles: [],
    influencerFollowers: DEFAULT_INFLUENCER_FOLLOWERS,
    contacts: [],
    updatedAt: 0,
  };
}
