import { describe, expect, it } from 'vitest';
import { comparisonSchema, glossarySchema, modalitySchema, sourceSchema } from '../../../src/schemas';
import { broadWork, comparison, copy, focusedWork } from '../../fixtures/modalities';

type Mutate = (data: Record<string, any>) => void;

/** Each scenario breaks one field of a valid file; the error must name that field. */
const modalityScenarios: Array<[scenario: string, mutate: Mutate, field: string]> = [
  ['over-long summary', (d) => void (d.summary = 'x'.repeat(161)), 'summary'],
  ['pressure above the 1–5 scale', (d) => void (d.pressure.max = 6), 'pressure.max'],
  ['pressure below the 1–5 scale', (d) => void (d.pressure.min = 0), 'pressure.min'],
  ['pressure range upside down', (d) => void (d.pressure = { min: 4, max: 2 }), 'pressure.max'],
  ['session range upside down', (d) => void (d.session = { min: 90, max: 60 }), 'session.max'],
  ['missing sources', (d) => void delete d.sources, 'sources'],
  ['empty sources', (d) => void (d.sources = []), 'sources'],
  ['bad review date', (d) => void (d.review.lastReviewed = '2026-13-45'), 'review.lastReviewed'],
  ['wrong coverage enum', (d) => void (d.coverage = ['whole-body']), 'coverage[0]'],
  ['wrong evidence enum', (d) => void (d.evidence.level = 'strong'), 'evidence.level'],
  ['wrong course enum', (d) => void (d.course.kind = 'weekly'), 'course.kind'],
  ['evidence without sources', (d) => void (d.evidence.sources = []), 'evidence.sources'],
  ['empty goals', (d) => void (d.goals = []), 'goals'],
  ['reviewed without a reviewer', (d) => void (d.review.status = 'reviewed'), 'review.reviewer'],
  ['unknown review status', (d) => void (d.review.status = 'approved'), 'review.status'],
];

function fieldsOf(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }): string[] {
  return (result.error?.issues ?? []).map((i) =>
    i.path.reduce<string>(
      (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
      '',
    ),
  );
}

describe('modality frontmatter', () => {
  it('accepts the valid fixtures', () => {
    expect(modalitySchema.safeParse(focusedWork).success).toBe(true);
    expect(modalitySchema.safeParse(broadWork).success).toBe(true);
  });

  it('parses references to { collection, id } like astro:content', () => {
    const parsed = modalitySchema.parse(focusedWork);
    expect(parsed.sources[0]).toEqual({ collection: 'sources', id: 'trial-a' });
    expect(parsed.review.lastReviewed.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  describe.each(modalityScenarios)('%s', (_scenario, mutate, field) => {
    it(`is rejected, naming ${field}`, () => {
      const data = copy(focusedWork) as Record<string, any>;
      mutate(data);
      const result = modalitySchema.safeParse(data);
      expect(result.success).toBe(false);
      expect(fieldsOf(result)).toContain(field);
    });
  });
});

describe('comparison frontmatter', () => {
  it('accepts the valid fixture', () => {
    expect(comparisonSchema.safeParse(comparison).success).toBe(true);
  });

  it.each<[string, Mutate, string]>([
    ['the same modality twice', (d) => void (d.modalities = ['focused-work', 'focused-work']), 'modalities'],
    ['only one modality', (d) => void (d.modalities = ['focused-work']), 'modalities'],
    ['an unknown myth verdict', (d) => void (d.myths[0].verdict = 'false'), 'myths[0].verdict'],
    ['an over-long verdict', (d) => void (d.verdict = 'y'.repeat(301)), 'verdict'],
  ])('rejects %s, naming the field', (_scenario, mutate, field) => {
    const data = copy(comparison) as Record<string, any>;
    mutate(data);
    const result = comparisonSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(fieldsOf(result)[0]).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}`));
  });
});

describe('sources and glossary', () => {
  const source = { title: 'A trial', publisher: 'A journal', year: 2011, kind: 'trial', url: 'https://example.org/a' };

  it('accepts a valid source and rejects a bad kind, year or address', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, kind: 'blog' }))).toEqual(['kind']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, year: 11 }))).toEqual(['year']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }))).toEqual(['url']);
  });

  it('rejects a glossary term without a definition', () => {
    expect(fieldsOf(glossarySchema.safeParse({ term: 'Fascia' }))).toEqual(['definition']);
  });
});
