import { describe, expect, it } from 'vitest';
import { fillTemplate, formatPublished, listWords, withFullStop } from '../../../src/lib/format';

describe('format helpers', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('Question {n} of {total}', { n: 3, total: 12 })).toBe('Question 3 of 12');
    expect(fillTemplate('Hi {who}', {})).toBe('Hi {who}');
  });

  it('joins words and ends sentences once', () => {
    expect(listWords(['a', 'b', 'c'], 'or')).toBe('a, b or c');
    expect(withFullStop('Doe J, et al.')).toBe('Doe J, et al.');
    expect(withFullStop('Mayo Clinic')).toBe('Mayo Clinic.');
  });
});

describe('formatPublished', () => {
  it('shows a publication date only as precisely as it was recorded', () => {
    expect(formatPublished('2011')).toBe('2011');
    expect(formatPublished('2024-03')).toBe('March 2024');
    expect(formatPublished('2024-03-18')).toBe('March 18, 2024');
  });

  it('returns null for an undated source so the page can say so', () => {
    expect(formatPublished('unknown')).toBeNull();
  });
});
