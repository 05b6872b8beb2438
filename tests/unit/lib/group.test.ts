import { describe, expect, it } from 'vitest';
import { groupBy } from '../../../src/lib/group';

describe('groupBy', () => {
  it('groups in first-seen order', () => {
    expect([...groupBy(['apple', 'bean', 'avocado'], (w) => w[0])]).toEqual([
      ['a', ['apple', 'avocado']],
      ['b', ['bean']],
    ]);
  });

  it('follows a given key order and drops empty groups', () => {
    const groups = groupBy([{ kind: 'trial' }, { kind: 'guideline' }], (s) => s.kind, [
      'guideline',
      'systematic-review',
      'trial',
    ]);
    expect([...groups.keys()]).toEqual(['guideline', 'trial']);
  });
});
