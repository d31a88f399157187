import { describe, expect, it } from 'vitest';
import { excerpt } from '../../lib/text/excerpt';

describe('excerpt', () => {
  it('folds line breaks and runs of spaces into one line', () => {
    expect(excerpt('  my flight\n\nwas   cancelled \t ')).toBe('my flight was cancelled');
  });

  it('removes bidirectional overrides that would reorder the text', () => {
    expect(excerpt('pay \u202Egnp.exe\u202C now')).toBe('pay gnp.exe now');
  });

  it('cuts long text at a grapheme boundary and marks the cut', () => {
    const family = '👨‍👩‍👧‍👦';
    const out = excerpt(family.repeat(10_000), 3);
    expect(out).toBe(`${family.repeat(3)}…`);
  });

  it('keeps short text whole', () => {
    expect(excerpt('thanks! 😀', 140)).toBe('thanks! 😀');
  });

  it('leaves markup as the literal text it is', () => {
    expect(excerpt('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
