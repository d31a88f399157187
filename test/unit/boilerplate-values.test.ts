import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../lib/boilerplate/placeholders';
import { firstName, placeholderValues } from '../../lib/boilerplate/values';

describe('firstName', () => {
  it.each([
    ['Priya 🌻 Raman', 'Priya'],
    ['🌻Priya🌻', 'Priya'],
    ['❤️ priya', 'Priya'],
    ['Priya 👩🏽‍💻 | she/her', 'Priya'],
    ['✨ DR. JANE DOE ✨', 'Jane'],
    ['Mr Tom Hardy', 'Tom'],
    ['𝓟𝓻𝓲𝔂𝓪 𝓡𝓪𝓶𝓪𝓷', 'Priya'],
    ['ＴＯＭ', 'Tom'],
    ['DeShawn Jones', 'DeShawn'],
    ["o'neil", "O'Neil"],
    ['ANNE-MARIE', 'Anne-Marie'],
    ['José García', 'José'],
    ['प्रिया शर्मा', 'प्रिया'],
  ])('reads %j as %j', (display, expected) => {
    expect(firstName(display)).toBe(expected);
  });

  it.each(['', '   ', '🌻🌻🌻', 'user8812', 'J. Smith', 'The Real Deal', 'Official Acme', '🇬🇧 123', 'x'])('finds no name in %j', (display) => {
    expect(firstName(display)).toBeUndefined();
  });
});

describe('placeholderValues', () => {
  it('addresses the author by first name and gives the handle its "@"', () => {
    expect(placeholderValues({ authorName: 'Priya 🌻 Raman', handle: 'priya_r' }, { agent: 'JS', link: 'https://x.example/h' })).toEqual({
      name: 'Priya',
      handle: '@priya_r',
      agent: 'JS',
      link: 'https://x.example/h',
      ticket: undefined,
    });
  });

  it('falls back to the @handle when the display name is no name', () => {
    expect(placeholderValues({ authorName: '🔥🔥', handle: '@dealz4u' }).name).toBe('@dealz4u');
    expect(placeholderValues({ authorName: '', handle: 'sam' }).name).toBe('@sam');
  });

  it('leaves {name} to the agent when there is neither a name nor a handle', () => {
    const filled = fillTemplate('Hi {name}', placeholderValues({ authorName: '🌻', handle: '' }));
    expect(filled.text).toBe('Hi [name]');
  });
});
