import { describe, expect, it } from 'vitest';
import {
  citedInConditionTable,
  conditionTable,
  conditionsGradedFor,
  gradeText,
  type GradedModality,
} from '../../../src/lib/conditions';
import { modalitySchema } from '../../../src/schemas';
import { broadWork, copy, focusedWork } from '../../fixtures/modalities';

/** Real parsed frontmatter, as the data layer hands it over: the table reads nothing else. */
const graded = (id: string, data: unknown): GradedModality => {
  const m = modalitySchema.parse(data);
  return { id, title: m.title, shortName: m.shortName, order: m.order, evidence: m.evidence };
};
const grade = (finding: string, certainty: string, source = 'trial-a') => ({
  finding,
  certainty,
  note: `A note [@${source}].`,
  sources: [source],
});

describe('conditionTable', () => {
  it('is computed from the modalities’ own grades, and names the types with no studies', () => {
    const table = conditionTable('low-back-pain', [graded('focused-work', focusedWork), graded('broad-work', broadWork)]);
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]).toMatchObject({
      modalityId: 'focused-work',
      title: 'Focused work',
      grade: { finding: 'may-help', certainty: 'low', note: 'One small trial helped [@trial-a].' },
    });
    expect(table.unstudied.map((m) => m.modalityId)).toEqual(['broad-work']);
  });

  it('follows a change in a modality file on the next build', () => {
    const changed = copy(broadWork);
    changed.evidence.conditions = { 'low-back-pain': grade('helps', 'moderate') } as never;
    const table = conditionTable('low-back-pain', [graded('focused-work', focusedWork), graded('broad-work', changed)]);
    expect(table.rows.map((r) => [r.modalityId, r.grade.finding])).toEqual([
      ['broad-work', 'helps'],
      ['focused-work', 'may-help'],
    ]);
    expect(table.unstudied).toEqual([]);
  });

  it('puts the best evidence first: finding, then certainty, then the modalities’ order', () => {
    const withGrade = (id: string, order: number, g: ReturnType<typeof grade>) => {
      const data = { ...copy(broadWork), order, title: id };
      data.evidence.conditions = { neck: g } as never;
      return graded(id, data);
    };
    const table = conditionTable('neck', [
      withGrade('no-benefit-high', 1, grade('no-benefit', 'high')),
      withGrade('may-help-very-low', 2, grade('may-help', 'very-low')),
      withGrade('unclear-low', 3, grade('unclear', 'low')),
      withGrade('may-help-moderate', 4, grade('may-help', 'moderate')),
      withGrade('may-help-moderate-later', 5, grade('may-help', 'moderate')),
    ]);
    expect(table.rows.map((r) => r.modalityId)).toEqual([
      'may-help-moderate',
      'may-help-moderate-later',
      'may-help-very-low',
      'unclear-low',
      'no-benefit-high',
    ]);
  });

  it('has no rows for a condition nobody graded, and lists every type as unstudied in display order', () => {
    const table = conditionTable('fibromyalgia', [graded('broad-work', broadWork), graded('focused-work', focusedWork)]);
    expect(table.rows).toEqual([]);
    expect(table.unstudied.map((m) => m.modalityId)).toEqual(['focused-work', 'broad-work']);
  });
});

describe('conditionsGradedFor', () => {
  it('lists the conditions a modality has research for, in the conditions’ order', () => {
    const data = copy(focusedWork);
    (data.evidence.conditions as Record<string, unknown>)['neck-pain'] = grade('unclear', 'very-low');
    const m = graded('focused-work', data);
    expect(conditionsGradedFor(m, ['neck-pain', 'fibromyalgia', 'low-back-pain'])).toEqual(['neck-pain', 'low-back-pain']);
    expect(conditionsGradedFor(graded('broad-work', broadWork), ['neck-pain', 'low-back-pain'])).toEqual([]);
  });
});

describe('gradeText', () => {
  it('adds a marker for each source behind the grade that the note does not cite', () => {
    const g = {
      finding: 'may-help',
      certainty: 'low',
      note: 'Helped in a review [@review-b].',
      sources: [{ id: 'trial-a' }, { id: 'review-b' }],
    } as const;
    expect(gradeText(g)).toBe('Helped in a review [@review-b]. [@trial-a]');
    expect(gradeText({ ...g, sources: [{ id: 'review-b' }] })).toBe('Helped in a review [@review-b].');
  });
});

describe('citedInConditionTable', () => {
  it('numbers the sources in the order the table shows them: each note’s markers, then the grade’s other sources', () => {
    const data = copy(focusedWork);
    data.evidence.conditions['low-back-pain'].note = 'Helped in a review [@review-b].';
    const table = conditionTable('low-back-pain', [graded('focused-work', data)]);
    expect(citedInConditionTable(table)).toEqual(['review-b', 'trial-a']);
  });
});
