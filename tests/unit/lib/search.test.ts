import { describe, expect, it } from 'vitest';
import { bestSection, filtersFor, queryFrom, type SubResult } from '../../../src/lib/search';

describe('search helpers', () => {
  it('filters by a known type only', () => {
    expect(filtersFor('modality')).toEqual({ type: 'modality' });
    expect(filtersFor('')).toEqual({});
    expect(filtersFor('<script>')).toEqual({});
    expect(filtersFor('Modality')).toEqual({});
  });

  it('reads a shareable ?q= query, trimmed and capped', () => {
    expect(queryFrom('?q=%20trigger%20point%20')).toBe('trigger point');
    expect(queryFrom('?x=1')).toBe('');
    expect(queryFrom(`?q=${'a'.repeat(300)}`)).toHaveLength(100);
  });
});

const sub = (url: string, title: string, ...weights: [weight: number, score: number][]): SubResult => ({
  url,
  title,
  excerpt: '',
  weighted_locations: weights.map(([weight, balanced_score]) => ({ weight, balanced_score })),
});

describe('bestSection', () => {
  it('opens a page of terms at the term that matched, not at the top or a weaker section', () => {
    const subs = [
      sub('/glossary/', 'Glossary', [1, 0.5]),
      sub('/glossary/#lmt', 'LMT', [1, 1]),
      sub('/glossary/#cnmt', 'CNMT', [5, 6], [1, 1]),
    ];
    expect(bestSection('Glossary', subs)?.url).toBe('/glossary/#cnmt');
  });

  it('stays at the top when a heading matched no more words than the title', () => {
    const subs = [sub('/f/', 'Massage questions', [10, 50]), sub('/f/#faq-hurt', 'Does massage hurt?', [5, 12], [1, 1])];
    expect(bestSection('Massage questions', subs)).toBeUndefined();
  });

  it('opens the page itself when its title matched', () => {
    const subs = [
      sub('/modalities/nmt/', 'Neuromuscular therapy', [10, 12]),
      sub('/modalities/nmt/#glance', 'At a glance', [1, 30]),
    ];
    expect(bestSection('Neuromuscular therapy', subs)).toBeUndefined();
  });

  it('opens the page when the intro matched more than any section, or there are no sections', () => {
    expect(bestSection('Guide', [sub('/g/', 'Guide', [1, 5]), sub('/g/#a', 'A', [1, 2])])).toBeUndefined();
    expect(bestSection('Guide', [sub('/g/', 'Guide', [1, 1])])).toBeUndefined();
  });

  it('opens at a question whose heading matched, even when the page title matched too', () => {
    const subs = [
      sub('/d/', 'Deep tissue massage', [10, 50], [10, 50], [10, 50]),
      sub('/d/#faq-hurt', 'Does deep tissue massage hurt?', [5, 12], [5, 12], [5, 12], [5, 12], [1, 1]),
    ];
    expect(bestSection('Deep tissue massage', subs)?.url).toBe('/d/#faq-hurt');
  });

  it('ignores a section named like the page', () => {
    expect(bestSection('Guide', [sub('/g/#guide', 'Guide', [6, 9]), sub('/g/#b', 'B', [1, 1])])?.url).toBe('/g/#b');
  });
});
