import { describe, expect, it } from 'vitest';
import { categoriesInUse, inCategory } from '../../../src/lib/modality-listing';

const listed = [
  { id: 'hot-stone', category: 'relaxation', order: 9 },
  { id: 'nmt', category: 'clinical', order: 1 },
  { id: 'swedish', category: 'relaxation', order: 3 },
  { id: 'prenatal', category: 'special-groups', order: 7 },
] as const;

describe('categoriesInUse', () => {
  it('gives a filter only to categories that have types, in the canonical order', () => {
    expect(categoriesInUse(listed)).toEqual(['relaxation', 'clinical', 'special-groups']);
    expect(categoriesInUse([])).toEqual([]);
  });
});

describe('inCategory', () => {
  it('keeps one category’s types in display order', () => {
    expect(inCategory(listed, 'relaxation').map((m) => m.id)).toEqual(['swedish', 'hot-stone']);
    expect(inCategory(listed, 'reflex-energy')).toEqual([]);
  });

  it('keeps every type when no category is chosen', () => {
    expect(inCategory(listed).map((m) => m.id)).toEqual(['nmt', 'swedish', 'prenatal', 'hot-stone']);
  });
});
