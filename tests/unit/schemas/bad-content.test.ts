import { describe, expect, it } from 'vitest';
import {
  comparisonSchema,
  conditionSchema,
  glossarySchema,
  modalitySchema,
  quizSchema,
  sourceSchema,
} from '../../../src/schemas';
import { broadWork, comparison, condition, copy, focusedWork } from '../../fixtures/modalities';

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
  ['next review before the last one', (d) => void (d.review.nextReview = '2026-01-01'), 'review.nextReview'],
  ['no first-published date', (d) => void delete d.review.published, 'review.published'],
  ['published after its last check', (d) => void (d.review.published = '2027-01-01'), 'review.published'],
  ['wrong coverage enum', (d) => void (d.coverage = ['whole-body']), 'coverage[0]'],
  ['wrong evidence enum', (d) => void (d.evidence.level = 'strong'), 'evidence.level'],
  ['wrong course enum', (d) => void (d.course.kind = 'weekly'), 'course.kind'],
  ['evidence without sources', (d) => void (d.evidence.sources = []), 'evidence.sources'],
  ['empty goals', (d) => void (d.goals = []), 'goals'],
  ['reviewed without a reviewer', (d) => void (d.review.status = 'reviewed'), 'review.reviewer'],
  ['unknown review status', (d) => void (d.review.status = 'approved'), 'review.status'],
  ['a category that does not exist', (d) => void (d.category = 'luxury'), 'category'],
  ['no category', (d) => void delete d.category, 'category'],
  ['a setting that does not exist', (d) => void (d.setting = ['hotel']), 'setting[0]'],
  ['the same setting twice', (d) => void (d.setting = ['spa', 'spa']), 'setting'],
  ['no what-to-wear line', (d) => void delete d.whatToWear, 'whatToWear'],
  [
    'an unknown evidence finding',
    (d) => void (d.evidence.conditions['low-back-pain'].finding = 'cures'),
    'evidence.conditions.low-back-pain.finding',
  ],
  [
    'an unknown certainty',
    (d) => void (d.evidence.conditions['low-back-pain'].certainty = 'certain'),
    'evidence.conditions.low-back-pain.certainty',
  ],
  [
    'a condition grade without sources',
    (d) => void (d.evidence.conditions['low-back-pain'].sources = []),
    'evidence.conditions.low-back-pain.sources',
  ],
  [
    'a condition id that is not kebab-case',
    (d) => void (d.evidence.conditions = { 'Low Back': d.evidence.conditions['low-back-pain'] }),
    'evidence.conditions.Low Back',
  ],
  [
    'an over-long condition note',
    (d) => void (d.evidence.conditions['low-back-pain'].note = 'n'.repeat(301)),
    'evidence.conditions.low-back-pain.note',
  ],
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
    ['no reason for the pair', (d) => void delete d.chosenBecause, 'chosenBecause'],
  ])('rejects %s, naming the field', (_scenario, mutate, field) => {
    const data = copy(comparison) as Record<string, any>;
    mutate(data);
    const result = comparisonSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(fieldsOf(result)[0]).toMatch(new RegExp(`^${field.replace(/[[\]]/g, '\\$&')}`));
  });
});

describe('condition frontmatter', () => {
  it('accepts the valid fixture', () => {
    expect(conditionSchema.safeParse(condition).success).toBe(true);
  });

  it.each<[string, Mutate, string]>([
    ['no first-line advice', (d) => void delete d.firstLine, 'firstLine'],
    ['no warning signs', (d) => void (d.warningSigns = []), 'warningSigns'],
    ['a warning sign that is not a quiz id', (d) => void (d.warningSigns = ['cauda equina']), 'warningSigns[0]'],
    ['a citation in the title', (d) => void (d.title = 'Back pain [@trial-a]'), 'title'],
  ])('rejects %s, naming the field', (_scenario, mutate, field) => {
    const data = copy(condition) as Record<string, any>;
    mutate(data);
    const result = conditionSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(fieldsOf(result)).toContain(field);
  });
});

describe('sources and glossary', () => {
  const source = {
    title: 'A trial',
    publisher: 'A journal',
    published: 2011,
    accessed: '2026-12-04',
    kind: 'trial',
    url: 'https://example.org/a',
  };

  it('accepts a year, a month, a day or unknown as the publication date', () => {
    const published = (value: unknown) => sourceSchema.parse({ ...source, published: value }).published;
    expect(published(2011)).toBe('2011');
    expect(published('2024-03')).toBe('2024-03');
    expect(published(new Date('2024-03-18'))).toBe('2024-03-18');
    expect(published('unknown')).toBe('unknown');
  });

  it('accepts a valid source and rejects a bad kind, date or address', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, kind: 'blog' }))).toEqual(['kind']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, published: 11 }))).toEqual(['published']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, published: '2024-13' }))).toEqual(['published']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, published: 'soon' }))).toEqual(['published']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, accessed: 'last week' }))).toEqual(['accessed']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, year: 2011, published: undefined }))).toEqual(['published']);
    expect(fieldsOf(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }))).toEqual(['url']);
  });

  it('rejects a glossary term without a definition', () => {
    expect(fieldsOf(glossarySchema.safeParse({ term: 'Fascia' }))).toEqual(['definition']);
  });
});

describe('quiz content', () => {
  const option = (id: string, extra = {}) => ({ id, label: `Label ${id}`, because: `you said ${id}`, ...extra });
  const outcome = { title: 'A title', summary: 'A summary.', why: 'Why it is so.', forWhom: 'want this.' };
  const level = { title: 'Call 911 now', summary: 'Call now.', forWhom: 'have this.' };
  const row = (id: string, rowLevel: string) => ({ id, level: rowLevel, sign: `Sign ${id}`, why: 'Why.', sources: ['a'] });
  const quiz = () => ({
    version: 1,
    title: 'Quiz',
    summary: 'A quiz.',
    questions: [
      {
        id: 'red',
        prompt: 'Any?',
        kind: 'multiple',
        options: [option('chest', { flag: 'e1' }), option('none', { exclusive: true })],
        sources: ['a'],
      },
      {
        id: 'goal',
        prompt: 'Goal?',
        kind: 'single',
        options: [option('relax', { effects: { either: 3 }, style: 'either' }), option('spot', { flag: 'a1' })],
        sources: ['a'],
      },
      {
        id: 'where',
        prompt: 'Where?',
        kind: 'single',
        skipIf: ['goal.relax'],
        options: [option('neck'), option('back')],
        sources: ['a'],
      },
    ],
    combos: [{ when: ['goal.spot', 'where.neck'], flag: 'w1', because: 'both' }],
    redFlags: [row('e1', 'emergency'), row('a1', 'adapted'), row('w1', 'wait')],
    levels: Object.fromEntries(['emergency', 'same-day', 'doctor-first', 'wait', 'adapted'].map((l) => [l, level])),
    outcomes: Object.fromEntries(['nmt', 'deep', 'either'].map((o) => [o, outcome])),
    therapist: { license: ['Ask.'], pressure: ['Say so.'] },
    sample: { red: ['none'], goal: ['relax'] },
    phones: { emergency: [{ number: '112', where: 'the EU', source: 'a' }] },
    sources: ['a'],
    review: { status: 'draft', published: '2026-11-28', lastReviewed: '2026-11-28' },
  });

  it('accepts a valid quiz', () => {
    expect(quizSchema.safeParse(quiz()).success).toBe(true);
  });

  it.each<[string, Mutate, string]>([
    ['a duplicate question id', (q) => void (q.questions[1].id = 'red'), 'questions[1].id'],
    ['a duplicate option id', (q) => void (q.questions[1].options[1].id = 'relax'), 'questions[1].options[1].id'],
    [
      'an effect toward an unknown outcome',
      (q) => void (q.questions[1].options[0].effects = { swedish: 2 }),
      'questions[1].options[0].effects',
    ],
    ['a style without copy', (q) => void delete q.outcomes.deep, 'outcomes.deep'],
    ['a level without copy', (q) => void delete q.levels['same-day'], 'levels.same-day'],
    ['a style with empty copy', (q) => void (q.outcomes.nmt = { ...outcome, why: '' }), 'outcomes.nmt.why'],
    ['a question without options', (q) => void (q.questions[0].options = []), 'questions[0].options'],
    ['a combo naming an unknown answer', (q) => void (q.combos[0].when[1] = 'red.cough'), 'combos[0].when[1]'],
    ['an unknown level', (q) => void (q.redFlags[0].level = 'urgent'), 'redFlags[0].level'],
    [
      'an answer raising a row the table lacks',
      (q) => void (q.questions[0].options[0].flag = 'e9'),
      'questions[0].options[0].flag',
    ],
    ['two levels on one answer', (q) => void (q.questions[0].options[0].flag = ['e1', 'a1']), 'questions[0].options[0].flag'],
    ['a row no answer raises', (q) => void q.redFlags.push(row('u1', 'same-day')), 'redFlags[3].id'],
    ['a duplicate row', (q) => void (q.redFlags[2].id = 'e1'), 'redFlags[2].id'],
    ['a row without sources', (q) => void (q.redFlags[0].sources = []), 'redFlags[0].sources'],
    ['a skip that looks ahead', (q) => void (q.questions[1].skipIf = ['where.neck']), 'questions[1].skipIf[0]'],
    ['an unknown style', (q) => void (q.questions[1].options[0].style = 'swedish'), 'questions[1].options[0].style'],
    ['a phone number with letters', (q) => void (q.phones.emergency[0].number = '11a'), 'phones.emergency[0].number'],
    ['a sample naming an unknown question', (q) => void (q.sample.colour = ['red']), 'sample.colour'],
    ['a sample naming an unknown option', (q) => void (q.sample.goal = ['nap']), 'sample.goal'],
    ['a sample that raises a safety row', (q) => void (q.sample.red = ['chest']), 'sample.red'],
  ])('rejects %s, naming the item', (_scenario, mutate, field) => {
    const data = quiz() as Record<string, any>;
    mutate(data);
    const result = quizSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(fieldsOf(result)).toContain(field);
  });
});
