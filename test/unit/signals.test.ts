import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../lib/classify/policy';
import { isAlreadyAnswered, isNewAccount, isRepeatPoster, isVip, sameHandle } from '../../lib/classify/signals';

const MINUTE = 60_000;

describe('sameHandle', () => {
  it('ignores case, "@" and stray spaces', () => {
    expect(sameHandle('@Priya_R_', 'priya_r_ ')).toBe(true);
    expect(sameHandle('priya', 'priya_r_')).toBe(false);
  });
});

describe('isVip', () => {
  const policy = { ...defaultPolicy(), vipHandles: [{ network: 'x', handle: '@BigCustomer' }], influencerFollowers: 5_000 };

  it('matches the VIP list without case on the same network', () => {
    expect(isVip({ handle: 'bigcustomer', network: 'x' }, policy)).toBe(true);
    expect(isVip({ handle: 'BIGCUSTOMER', network: 'X' }, policy)).toBe(true);
  });

  it('does not match a namesake on another network', () => {
    expect(isVip({ handle: 'bigcustomer', network: 'bluesky' }, policy)).toBe(false);
  });

  it('matches a listed handle on any network when the network is unknown', () => {
    expect(isVip({ handle: 'bigcustomer' }, policy)).toBe(true);
  });

  it('counts followers from the team threshold up', () => {
    expect(isVip({ handle: 'someone', followers: 5_000 }, policy)).toBe(true);
    expect(isVip({ handle: 'someone', followers: 4_999 }, policy)).toBe(false);
    expect(isVip({ handle: 'someone' }, policy)).toBe(false);
  });

  it('falls back to the default threshold when the team has none', () => {
    const noThreshold = { ...policy, influencerFollowers: undefined };
    expect(isVip({ handle: 'someone', followers: 9_999 }, noThreshold)).toBe(false);
    expect(isVip({ handle: 'someone', followers: 10_000 }, noThreshold)).toBe(true);
  });
});

describe('isNewAccount', () => {
  it('flags a missing avatar', () => {
    expect(isNewAccount({ handle: 'priya_r_', hasAvatar: false })).toBe(true);
  });

  it('flags a handle the network made up: a name and eight digits', () => {
    expect(isNewAccount({ handle: '@JaneDoe48213377', hasAvatar: true })).toBe(true);
    expect(isNewAccount({ handle: 'jane_doe12345678' })).toBe(true);
  });

  it('leaves chosen handles and unknown avatars alone', () => {
    expect(isNewAccount({ handle: 'priya_r_', hasAvatar: true })).toBe(false);
    expect(isNewAccount({ handle: 'jane1987' })).toBe(false);
    expect(isNewAccount({ handle: 'JaneDoe123456789' })).toBe(false);
    expect(isNewAccount({})).toBe(false);
  });
});

describe('isRepeatPoster', () => {
  const at = Date.parse('2024-05-01T12:00:00Z');
  const post = { handle: 'priya', at, postId: 'p0' };

  it('needs two other posts within the hour', () => {
    expect(isRepeatPoster(post, [{ handle: 'Priya', at: at - 20 * MINUTE, postId: 'p1' }])).toBe(false);
    expect(
      isRepeatPoster(post, [
        { handle: 'Priya', at: at - 20 * MINUTE, postId: 'p1' },
        { handle: '@priya', at: at + 50 * MINUTE, postId: 'p2' },
      ]),
    ).toBe(true);
  });

  it('ignores other people and posts more than an hour away', () => {
    expect(
      isRepeatPoster(post, [
        { handle: 'priya', at: at - 61 * MINUTE, postId: 'p1' },
        { handle: 'omar', at, postId: 'p2' },
        { handle: 'priya', at: at + 10 * MINUTE, postId: 'p3' },
      ]),
    ).toBe(false);
  });

  it('does not count the post itself, or one post seen twice', () => {
    expect(
      isRepeatPoster(post, [
        { handle: 'priya', at, postId: 'p0' },
        { handle: 'priya', at: at - MINUTE, postId: 'p1' },
        { handle: 'priya', at: at - MINUTE, postId: 'p1' },
      ]),
    ).toBe(false);
  });

  it('counts sightings without ids one by one', () => {
    expect(isRepeatPoster({ handle: 'priya', at }, [{ handle: 'priya', at: at - MINUTE }, { handle: 'priya', at: at - 2 * MINUTE }])).toBe(true);
  });
});

describe('isAlreadyAnswered', () => {
  it('is true when one of the brand’s handles replied', () => {
    expect(isAlreadyAnswered(['priya', '@AcmeHelp'], ['acmehelp', 'acme'])).toBe(true);
  });

  it('is false for other people’s replies or no replies', () => {
    expect(isAlreadyAnswered(['priya', 'acmehelpfan'], ['acmehelp'])).toBe(false);
    expect(isAlreadyAnswered([], ['acmehelp'])).toBe(false);
  });
});
