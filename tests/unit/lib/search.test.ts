import { describe, expect, it } from 'vitest';
import { filtersFor, queryFrom } from '../../../src/lib/search';

describe('search helpers', () => {
  it('filters by a known type only', () => {
    expect(filtersFor('Modality')).toEqual({ type: 'Modality' });
    expect(filtersFor('')).toEqual({});
    expect(filtersFor('<script>')).toEqual({});
  });

  it('reads a shareable ?q= query, trimmed and capped', () => {
    expect(queryFrom('?q=%20trigger%20point%20')).toBe('trigger point');
    expect(queryFrom('?x=1')).toBe('');
    expect(queryFrom(`?q=${'a'.repeat(300)}`)).toHaveLength(100);
  });
});
