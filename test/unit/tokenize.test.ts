import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from '../../lib/classify/tokenize';

function texts(text: string): string[] {
  return tokenize(text).tokens.map((token) => token.text);
}

function find(text: string, word: string): Token {
  const token = tokenize(text).tokens.find((candidate) => candidate.text === word);
  if (!token) throw new Error(`no token "${word}" in ${JSON.stringify(text)}`);
  return token;
}

describe('tokenize', () => {
  it('turns links, mentions and e-mail addresses into placeholders', () => {
    const { tokens } = tokenize('Check https://t.co/aBc1 and www.example.com/help @Brand_Help or mail jo.doe@example.com');
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['check', 'word'],
      ['<url>', 'url'],
      ['and', 'word'],
      ['<url>', 'url'],
      ['<user>', 'user'],
      ['or', 'word'],
      ['mail', 'word'],
      ['<email>', 'email'],
    ]);
  });

  it('keeps a hashtag as its lower-cased word, marked as a hashtag', () => {
    const token = find('so done with this #FailWhale', 'failwhale');
    expect(token.kind).toBe('hashtag');
    expect(texts('#1 fan')).toEqual(['<num>', 'fan']);
  });

  it('keeps emoji whole, drops skin tones and joins ZWJ sequences and flags', () => {
    const { tokens } = tokenize('love it 😍😍 👍🏽 🇬🇧 👩‍💻');
    expect(tokens.filter((token) => token.kind === 'emoji').map((token) => token.text)).toEqual(['😍', '😍', '👍', '🇬🇧', '👩‍💻']);
  });

  it('folds emoticon variants into one form, without eating words', () => {
    expect(tokenize(':-) =) :( :\'( <3 xD').tokens.map((token) => [token.text, token.kind])).toEqual([
      [':)', 'emoticon'],
      [':)', 'emoticon'],
      [':(', 'emoticon'],
      [";'(", 'emoticon'],
      ['<3', 'emoticon'],
      [':D', 'emoticon'],
    ]);
    expect(texts('8Dollars')).toEqual(['8dollars']);
  });

  it('squashes elongations to two letters and flags them', () => {
    const { tokens, stats } = tokenize('soooo goooood');
    expect(tokens.map((token) => token.text)).toEqual(['soo', 'good']);
    expect(tokens.every((token) => token.elongated)).toBe(true);
    expect(stats.elongatedWords).toBe(2);
    expect(find('good book', 'good').elongated).toBe(false);
  });

  it('marks words after a negation up to the end of the clause', () => {
    const { tokens } = tokenize("I am not happy with this, but it's fine");
    expect(tokens.filter((token) => token.negated).map((token) => token.text)).toEqual(['happy', 'with', 'this']);
    expect(find("don’t like it", 'like').negated).toBe(true);
    expect(find("don’t like it", "don't").text).toBe("don't");
  });

  it('sees shouting, exclamation runs and questions', () => {
    const { tokens, stats } = tokenize('WHY IS THE APP DOWN AGAIN!!! Anyone??');
    expect(tokens.filter((token) => token.caps).map((token) => token.text)).toEqual(['why', 'is', 'the', 'app', 'down', 'again']);
    expect(stats.capsRatio).toBeCloseTo(6 / 7);
    expect(stats.exclamations).toBe(3);
    expect(stats.exclamationRuns).toBe(1);
    expect(stats.questions).toBe(2);
    // One capital letter is a word, not a shout.
    expect(find('I want it', 'i').caps).toBe(false);
  });

  it('keeps numbers whole', () => {
    expect(texts('paid $3.39 at 10:30 for 1,000 points')).toEqual(['paid', '<num>', 'at', '<num>', 'for', '<num>', 'points']);
  });

  it('reads other scripts as words', () => {
    expect(texts('我的订单在哪里 東京 ok')).toEqual(['我的订单在哪里', '東京', 'ok']);
    expect(texts('Заказ не пришёл')).toEqual(['заказ', 'не', 'пришёл']);
    expect(texts('¿Dónde está?')).toEqual(['dónde', 'está', '?']);
  });

  it('does not start a bigram across clause punctuation', () => {
    const { tokens } = tokenize('great. terrible');
    expect(find('great. terrible', 'terrible').clauseStart).toBe(true);
    expect(tokens[0]?.clauseStart).toBe(true);
    expect(find('great terrible', 'terrible').clauseStart).toBe(false);
  });
});
