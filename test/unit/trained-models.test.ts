import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadModels, MODEL_NAMES, modelFileName, scoreText, type Models } from '../../lib/classify/model';

/** The committed model files in public/models/, read the way the command line reads them. */
const dir = join(import.meta.dirname, '..', '..', 'public', 'models');
let models: Models;

beforeAll(async () => {
  models = await loadModels(async (fileName) => JSON.parse(await readFile(join(dir, fileName), 'utf8')) as unknown);
});

function label(text: string): string {
  const { sentiment } = scoreText(models, text);
  return (['negative', 'neutral', 'positive'] as const).reduce((best, candidate) => (sentiment[candidate] > sentiment[best] ? candidate : best));
}

describe('the trained models', () => {
  it('fit in the budget and record how they were made', async () => {
    let total = 0;
    for (const name of MODEL_NAMES) {
      const text = await readFile(join(dir, modelFileName(name)), 'utf8');
      total += text.length;
      const file = JSON.parse(text) as { trained?: Record<string, unknown> };
      expect(file.trained?.seed).toEqual(expect.any(Number));
      expect(file.trained?.trainExamples).toBeGreaterThan(1000);
    }
    expect(total).toBeLessThanOrEqual(1024 * 1024);
    expect(models.sentiment.lexicon?.size).toBeGreaterThan(5000);
  });

  it.each([
    ['I love this, thank you so much!', 'positive'],
    ['Thanks @ShopCare, the agent was super helpful and sorted it in minutes 🙏', 'positive'],
    ['worst service ever, still no refund', 'negative'],
    ['@AirlineHelp my bag never showed up and nobody answers. Disgusting.', 'negative'],
    ['I am not happy with this at all', 'negative'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });

  it('tells abuse, spam and ordinary complaints apart', () => {
    const complaint = scoreText(models, 'my order is two weeks late, where is it?');
    expect(complaint.offensive).toBeLessThan(0.5);
    expect(complaint.spam).toBeLessThan(0.5);
    expect(complaint.hate).toBeLessThan(0.5);
    expect(scoreText(models, 'you are a fucking idiot, shut the fuck up').offensive).toBeGreaterThan(0.5);
    expect(scoreText(models, 'WINNER!! You have won a £1000 cash prize. Txt CLAIM to 80086 now').spam).toBeGreaterThan(0.5);
  });

  it('reads customer-service traffic as what it is', () => {
    // A complaint is not abuse, and a brand's own promotion is not SMS spam.
    expect(scoreText(models, '@AcmeAir_Help still waiting on my refund, 3 weeks now. Nobody answers the phone.').offensive).toBeLessThan(0.5);
    const promotion = 'Our winter schedule is live ✈️ 14 new routes, more daily flights to Lisbon and Rome. Fares and dates: https://t.co/abc123';
    expect(scoreText(models, promotion).spam).toBeLessThan(0.5);
    expect(scoreText(models, '@AcmeAir_Help you are useless idiots').offensive).toBeGreaterThan(0.5);
    expect(scoreText(models, '@AcmeAir_Help not fucking happy with this').offensive).toBeGreaterThan(0.5);
  });
});
