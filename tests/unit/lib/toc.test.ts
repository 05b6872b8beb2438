import { describe, expect, it } from 'vitest';
import { anchorFor, present, sectionsOf } from '../../../src/lib/toc';

describe('anchorFor', () => {
  it('turns a question into a readable anchor', () => {
    expect(anchorFor('Does NMT hurt?')).toBe('faq-does-nmt-hurt');
    expect(anchorFor('Is it normal to feel sore after a massage?')).toBe('faq-is-it-normal-to-feel-sore-after-a-massage');
  });
  it('drops apostrophes rather than splitting words on them', () => {
    expect(anchorFor("Shouldn’t it hurt? Isn't it 60-minute?")).toBe('faq-shouldnt-it-hurt-isnt-it-60-minute');
  });
  it('keeps accented letters, for other languages', () => {
    expect(anchorFor('¿Duele el masaje?')).toBe('faq-duele-el-masaje');
    expect(anchorFor('¿Qué es?', 'pregunta')).toBe('pregunta-qué-es');
  });
});

describe('sectionsOf and present', () => {
  it('lists only h2 headings, and only the sections that are there', () => {
    const items = sectionsOf([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'b', text: 'B' },
    ]);
    expect(items).toEqual([{ id: 'a', text: 'A' }]);
    expect(present([[{ id: 'x', text: 'X' }, false], ...items.map((i) => [i, true] as [typeof i, boolean])])).toEqual(items);
  });
});
