import { parseTweet } from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { fillTemplate, templateProblems } from '../../lib/boilerplate/placeholders';
import { STARTER_LIBRARY } from '../../lib/boilerplate/starter-library';
import { boilerplateSchema, type TriageCode } from '../../lib/sync/records';

/** The classifier's category names (lib/classify/rules.ts, CATEGORY_ORDER). */
const CLASSIFIER_CATEGORIES = [
  'threat', 'hate', 'pii', 'spam', 'abuse', 'security', 'outage', 'account access', 'billing', 'cancellation',
  'delivery', 'account', 'media', 'complaint', 'question', 'praise',
];

/** Long but real values, so a reply that fits with them fits with most. */
const LONG_VALUES = {
  name: 'Alexandria',
  handle: '@alexandria_jones_1',
  agent: 'Maria',
  link: 'https://help.example.com/articles/where-is-my-order-and-how-do-i-track-it',
  ticket: '#A-20931847',
};

describe('STARTER_LIBRARY', () => {
  it('starts with the three examples of the product design, word for word', () => {
    expect(STARTER_LIBRARY.slice(0, 3).map((t) => t.body)).toEqual([
      'We hear your concerns and are committed to helping you find what you need: {link}',
      'Thanks for letting us know. Please DM us your contact details so we can help.',
      'Thank you for your question. The answer is here: {link}',
    ]);
    expect(STARTER_LIBRARY.length).toBeGreaterThanOrEqual(15);
  });

  it.each(STARTER_LIBRARY.map((t) => [t.title, t]))('%s is a valid boilerplate record with no placeholder problem', (_, template) => {
    expect(boilerplateSchema.parse(template)).toEqual(template);
    expect(templateProblems(template.body)).toEqual([]);
    expect(templateProblems(template.shortBody ?? '')).toEqual([]);
  });

  it('has stable, distinct ids and no timestamp', () => {
    const ids = STARTER_LIBRARY.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(ids[0]).toBe('cb5a0000-0000-4000-8000-000000000001');
    expect(STARTER_LIBRARY.every((t) => t.updatedAt === 0 && t.networks.length === 0)).toBe(true);
  });

  it('covers every code and the common categories, with the classifier’s names only', () => {
    const codes = new Set<TriageCode>(STARTER_LIBRARY.flatMap((t) => t.codes));
    expect([...codes].sort()).toEqual(['green', 'orange', 'red', 'yellow']);
    const categories = new Set(STARTER_LIBRARY.flatMap((t) => t.categories));
    expect([...categories].filter((c) => !CLASSIFIER_CATEGORIES.includes(c))).toEqual([]);
    for (const common of ['pii', 'threat', 'spam', 'security', 'outage', 'account access', 'billing', 'cancellation', 'delivery', 'account', 'media', 'complaint', 'question', 'praise']) {
      expect(categories, common).toContain(common);
    }
  });

  it.each(STARTER_LIBRARY.map((t) => [t.title, t]))('%s fits in one post on X with a link, with room to spare', (_, template) => {
    const forX = fillTemplate(template.shortBody ?? template.body, LONG_VALUES);
    expect(forX.unfilled).toEqual([]);
    expect(parseTweet(forX.text).weightedLength).toBeLessThanOrEqual(280);
    // Past 200 the agent has no room for a word of their own; the short variant leaves it.
    const full = parseTweet(fillTemplate(template.body, LONG_VALUES).text).weightedLength;
    if (full > 200) expect(template.shortBody).toBeDefined();
    if (template.shortBody !== undefined) expect(parseTweet(forX.text).weightedLength).toBeLessThanOrEqual(Math.min(full, 180));
  });

  it('speaks like a person: no stock phrases, no condescension, no shouting', () => {
    const robotic = /apologi[sz]e for (any|the) inconvenience|your (call|business) is important|valued customer|per our policy|as per|kindly|do not hesitate|rest assured|simply|obviously|calm down|!!|\b[A-Z]{4,}\b/;
    for (const template of STARTER_LIBRARY) {
      expect(`${template.body} ${template.shortBody ?? ''}`, template.title).not.toMatch(robotic);
    }
  });

  it('asks for anything personal only by DM', () => {
    for (const template of STARTER_LIBRARY) {
      for (const body of [template.body, template.shortBody ?? '']) {
        if (/order number|email|details|date of|photo/i.test(body)) expect(body, template.title).toMatch(/\bDMs?\b/);
      }
    }
  });
});
