import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/classify/language';

describe('detectLanguage', () => {
  it.each([
    'where is my order, still waiting',
    '@AirlineHelp my bag never showed up 😡',
    'WHY IS THE APP DOWN AGAIN!!!',
    'thx so much, sorted now',
  ])('reads English as English: %s', (text) => {
    expect(detectLanguage(text)).toBe('en');
  });

  it.each([
    '¿Dónde está mi pedido? Llevo esperando una semana',
    'Où est ma commande ? Je suis très déçu',
    'Wo ist meine Bestellung, ich warte seit Tagen',
    'Grazie per il vostro aiuto, non funziona ancora',
    '我的订单在哪里',
    'Заказ не пришёл',
    'طلبي لم يصل بعد',
  ])('says "unknown" rather than guessing: %s', (text) => {
    expect(detectLanguage(text)).toBe('unknown');
  });

  it('takes a post of links, mentions and emoji for English', () => {
    expect(detectLanguage('@Brand 👍 https://t.co/x')).toBe('en');
  });
});
