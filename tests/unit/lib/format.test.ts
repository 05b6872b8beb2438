import { describe, expect, it } from 'vitest';
import { fillTemplate, formatDate, formatPublished, listWords, withFullStop } from '../../../src/lib/format';

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
    expect(formatPublished('2011', 'en-US')).toBe('2011');
    expect(formatPublished('2024-03', 'en-US')).toBe('March 2024');
    expect(formatPublished('2024-03-18', 'en-US')).toBe('March 18, 2024');
  });

  it('writes dates in the locale it is given (each language names its own)', () => {
    expect(formatPublished('2024-03-18', 'es-US')).toBe('18 de marzo de 2024');
    expect(formatDate(new Date('2026-11-28T23:30:00Z'), 'en-US')).toBe('November 28, 2026');
  });

  it('returns null for an undated source so the page can say so', () => {
    expect(formatPublished('unknown', 'en-US')).toBeNull();
  });
});
