import { describe, expect, it } from 'vitest';
import { citedIds, numberSources, parseCitations, stringsWithPaths, stripCitations } from '../../../src/lib/citations';

describe('citation markers', () => {
  it('splits text into runs and citations, dropping the space before a marker', () => {
    expect(parseCitations('Helps some people [@cherkin-2011]. Not all [@a][@b].')).toEqual([
      { kind: 'text', text: 'Helps some people' },
      { kind: 'cite', id: 'cherkin-2011' },
      { kind: 'text', text: '. Not all' },
      { kind: 'cite', id: 'a' },
      { kind: 'cite', id: 'b' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves text without markers alone, including ordinary brackets', () => {
    expect(parseCitations('Pressure [firm] @ 4')).toEqual([{ kind: 'text', text: 'Pressure [firm] @ 4' }]);
  });

  it('lists cited ids and strips markers for plain contexts', () => {
    expect(citedIds('a [@x] b [@y] c [@x]')).toEqual(['x', 'y', 'x']);
    expect(stripCitations('Neither is better [@cherkin-2011].')).toBe('Neither is better.');
  });

  it('numbers sources from 1 in order, keeping the first place of a repeat', () => {
    expect([...numberSources(['b', 'a', 'b', 'c'])]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });

  it('finds every string in nested data with its field path', () => {
    expect(stringsWithPaths({ a: 'x', faqs: [{ q: 'y' }], n: 3, d: new Date(0) })).toEqual([
      { path: 'a', text: 'x' },
      { path: 'faqs[0].q', text: 'y' },
    ]);
  });
});
