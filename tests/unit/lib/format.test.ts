import { describe, expect, it } from 'vitest';
import { fillTemplate, listWords, withFullStop } from '../../../src/lib/format';

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
