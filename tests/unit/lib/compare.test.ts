import { describe, expect, it } from 'vitest';
import {
  citedInTable,
  compareModalities,
  modalityMatrix,
  percentOf,
  rowKeys,
  sortCoverage,
  sortSettings,
} from '../../../src/lib/compare';
import { modalitySchema } from '../../../src/schemas';
import { broadWork, copy, focusedWork } from '../../fixtures/modalities';
import { stringsFor } from '../../../src/strings';

/** The comparison's English words: the tests check the wording too. */
const words = stringsFor('en').compare;

const parse = (data: unknown) => modalitySchema.parse(data);

describe('compareModalities', () => {
  const derived = compareModalities(parse(focusedWork), parse(broadWork), words);
  const row = (key: string) => derived.rows.find((r) => r.key === key);

  it('has one row per aspect, in table order, headed by the short names', () => {
    expect(derived.names).toEqual(['Focused', 'Broad']);
    expect(derived.rows.map((r) => r.key)).toEqual([...rowKeys]);
  });

  it('words each cell from the frontmatter', () => {
    expect(row('pressure')?.cells.map((c) => c.headline)).toEqual([
      'Light to very firm (2–5 of 5)',
      'Medium to very firm (3–5 of 5)',
    ]);
    expect(row('pressure')?.cells[0].detail).toBe('Worked to your tolerance.');
    expect(row('coverage')?.cells.map((c) => c.headline)).toEqual(['One spot or one region', 'One region or full body']);
    const everywhere = parse({ ...copy(focusedWork), coverage: ['full-body', 'focused', 'regional'] });
    expect(compareModalities(everywhere, everywhere, words).rows.find((r) => r.key === 'coverage')?.cells[0].headline).toBe(
      'One spot, one region or full body',
    );
    expect(row('category')?.cells.map((c) => c.headline)).toEqual(['Focused or clinical', 'Relaxation']);
    expect(row('setting')?.cells.map((c) => c.headline)).toEqual(['Clinic or gym', 'Spa']);
    expect(row('wear')?.cells[0].headline).toBe('Undressed to your comfort, under a sheet.');
    expect(row('session')?.cells.map((c) => c.headline)).toEqual(['60–90 minutes', '60–120 minutes']);
    expect(row('course')?.cells.map((c) => c.headline)).toEqual(['A series of sessions', 'One session or a series']);
    expect(row('evidence')?.cells.map((c) => c.headline)).toEqual(['Low', 'Moderate']);
    expect(row('evidence')?.cells[0].detail).toBe('Few small trials [@trial-a].');
  });

  it('lists optional credentials only for the modality that has them', () => {
    expect(row('training')?.cells.map((c) => c.headline)).toEqual([
      'None beyond the basic license',
      'None beyond the basic license',
    ]);
    expect(row('training')?.cells[0].detail).toBe('Optional: Certified Focused Therapist, from Method Center');
    expect(row('training')?.cells[1].detail).toBeUndefined();
    expect(row('training')?.same).toBe(true);
  });

  it('names the training a modality needs beyond the license', () => {
    const needsCourses = copy(focusedWork);
    needsCourses.providers.extraTrainingRequired = true;
    needsCourses.providers.credentials.push({
      name: 'Method seminars',
      issuer: 'Method Center',
      format: 'Four courses.',
      optional: false,
    });
    const cellOf = (data: unknown) =>
      compareModalities(parse(data), parse(broadWork), words).rows.find((r) => r.key === 'training')?.cells[0];
    expect(cellOf(needsCourses)?.headline).toBe('Needed: Method seminars, from Method Center');
    needsCourses.providers.credentials.pop();
    expect(cellOf(needsCourses)?.headline).toBe('Required beyond the basic license');
  });

  it('marks rows whose headlines match and lists the rest as differences', () => {
    expect(row('providers')?.same).toBe(true);
    expect(row('wear')?.same).toBe(true);
    expect(derived.differences).toEqual(['category', 'pressure', 'coverage', 'session', 'course', 'setting', 'evidence']);
  });

  it('puts both modalities on shared chart scales', () => {
    expect(derived.charts.pressure.bars).toEqual([
      { min: 2, max: 5 },
      { min: 3, max: 5 },
    ]);
    expect(derived.charts.session.axisMax).toBe(120);
    expect(derived.charts.session.ticks).toEqual([0, 30, 60, 90, 120]);
    expect(derived.charts.coverage.covered).toEqual([
      ['focused', 'regional'],
      ['regional', 'full-body'],
    ]);
    expect(derived.charts.evidence.levels).toEqual(['low', 'moderate']);
  });

  it('follows a change to one number in a modality', () => {
    const changed = copy(focusedWork);
    changed.pressure.max = 3;
    changed.session.max = 150;
    const after = compareModalities(parse(changed), parse(broadWork), words);
    expect(after.rows.find((r) => r.key === 'pressure')?.cells[0].headline).toBe('Light to medium (2–3 of 5)');
    expect(after.charts.session.axisMax).toBe(150);
  });

  it('says "the same" when both modalities match on every aspect', () => {
    const same = compareModalities(parse(focusedWork), parse(focusedWork), words);
    expect(same.differences).toEqual([]);
  });
});

describe('citedInTable', () => {
  it('collects citations from headlines and details, in reading order', () => {
    const cited = copy(focusedWork);
    cited.providers.who = 'Licensed massage therapists [@who-source].';
    const rows = compareModalities(parse(cited), parse(broadWork), words).rows;
    expect(citedInTable(rows)).toEqual(['who-source', 'trial-a']);
  });
});

describe('modalityMatrix', () => {
  it('gives every modality one row with the same wording as its page, citations removed', () => {
    const cited = copy(focusedWork);
    cited.evidence.level = 'high';
    const rows = modalityMatrix(
      [
        { id: 'focused', data: parse(cited) },
        { id: 'broad', data: parse(broadWork) },
      ],
      words,
    );
    expect(rows.map((r) => r.id)).toEqual(['focused', 'broad']);
    expect(rows[0]?.cells).toEqual({
      category: 'Focused or clinical',
      pressure: 'Light to very firm (2–5 of 5)',
      coverage: 'One spot or one region',
      session: '60–90 minutes',
      setting: 'Clinic or gym',
      evidence: 'High',
      training: 'None beyond the basic license',
    });
  });
});

describe('helpers', () => {
  it('orders coverage from narrowest to widest', () => {
    expect(sortCoverage(['full-body', 'focused', 'regional'])).toEqual(['focused', 'regional', 'full-body']);
  });

  it('orders settings as spa, clinic, gym, workplace', () => {
    expect(sortSettings(['workplace', 'gym', 'spa', 'clinic'])).toEqual(['spa', 'clinic', 'gym', 'workplace']);
  });

  it('turns values into percentages of an axis', () => {
    expect(percentOf(45, 120)).toBe(37.5);
    expect(percentOf(1, 3)).toBe(33.3);
  });
});
