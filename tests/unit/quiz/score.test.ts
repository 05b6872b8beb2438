import { describe, expect, it } from 'vitest';
import { certaintyOf, cleanAnswers, scoreQuiz } from '../../../src/lib/quiz/score';
import type { Answers } from '../../../src/lib/quiz/model';
import { tinyQuiz } from '../../fixtures/quiz';

const calm = { red: ['none'], start: ['desk'] };

/** Named scenarios: answers → the outcome and the reasons a visitor would read. */
const scenarios: Array<[scenario: string, answers: Answers, outcome: string, firstReason: string]> = [
  ['chest pain beats every score', { ...calm, red: ['chest', 'numb'], goal: ['spot'] }, 'emergency', 'you said chest'],
  [
    'a clinician flag beats an acute injury',
    { red: ['numb'], start: ['injury'], duration: ['fresh'] },
    'clinician',
    'you said numb',
  ],
  [
    'a fresh injury waits a few days',
    { red: ['none'], start: ['injury'], duration: ['fresh'], goal: ['spot'] },
    'acute',
    'you were hurt in the last few days',
  ],
  [
    'one spot, long-standing, points to NMT',
    { ...calm, goal: ['spot'], where: ['neck'], duration: ['long'] },
    'nmt',
    'it is in one area',
  ],
  [
    'tight in a few areas and firm pressure points to deep tissue',
    { ...calm, goal: ['tight'], where: ['neck', 'back'], pressure: ['firm'] },
    'deep',
    'you said tight',
  ],
  ['relaxing points to either', { ...calm, goal: ['relax'], where: ['neck'] }, 'either', 'you said relax'],
];

describe('scoreQuiz scenarios', () => {
  it.each(scenarios)('%s', (_scenario, answers, outcome, firstReason) => {
    const result = scoreQuiz(tinyQuiz, answers);
    expect(result.outcome).toBe(outcome);
    expect(result.reasons[0]?.because).toBe(firstReason);
  });
});

describe('scoreQuiz rules', () => {
  it('lists every answer that raised the safety flag as a reason', () => {
    const result = scoreQuiz(tinyQuiz, { red: ['chest'], goal: ['spot'] });
    expect(result.flags).toEqual(['emergency']);
    expect(result.reasons.map((r) => r.key)).toEqual(['red.chest']);
  });

  it('gives "either" when the lead is within the tie margin, never an arbitrary pick', () => {
    // nmt 1+2 = 3 (desk + spot), deep 1+1 = 2: a lead of 1 is within the margin.
    const result = scoreQuiz(tinyQuiz, { ...calm, goal: ['spot'] });
    expect(result.scores).toEqual({ nmt: 3, deep: 2, either: 0 });
    expect(result.outcome).toBe('either');
    expect(result.margin).toBe(1);
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(certaintyOf(result)).toBe('even');
  });

  it('keeps gentle-only answers away from a firm recommendation', () => {
    const gentleOnly = {
      ...tinyQuiz,
      questions: tinyQuiz.questions.map((q) => ({
        ...q,
        options: q.options.map((o) => (o.id === 'thinners' ? { ...o, flags: ['gentle' as const] } : o)),
      })),
    };
    const result = scoreQuiz(gentleOnly, {
      red: ['thinners'],
      start: ['desk'],
      goal: ['tight'],
      where: ['neck', 'back'],
      pressure: ['firm'],
    });
    expect(result.outcome).toBe('either');
    expect(result.reasons[0]?.key).toBe('red.thinners');
  });

  it('scores a count band instead of each ticked area, and lists band notes', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, where: ['neck', 'back', 'hips', 'legs'] });
    expect(result.scores).toEqual({ nmt: 1, deep: 1, either: 1 });
    expect(result.notes).toEqual(['where#2']);
    expect(scoreQuiz(tinyQuiz, { ...calm, where: ['neck'] }).notes).toEqual([]);
  });

  it('lists notes for the options that have them', () => {
    expect(scoreQuiz(tinyQuiz, { ...calm, duration: ['long'] }).notes).toEqual(['duration.long']);
  });

  it('grades a big lead as clear and a small one as slight', () => {
    expect(certaintyOf(scoreQuiz(tinyQuiz, { ...calm, goal: ['spot'], where: ['neck'], duration: ['long'] }))).toBe('clear');
    expect(certaintyOf(scoreQuiz(tinyQuiz, { red: ['chest'] }))).toBe('safety');
  });
});

describe('cleanAnswers', () => {
  it('drops unknown questions and options, extra single choices, and "none" ticked with others', () => {
    expect(
      cleanAnswers(tinyQuiz, { red: ['none', 'numb'], goal: ['relax', 'spot'], where: ['nowhere'], bogus: ['x'], start: [] }),
    ).toEqual({ red: ['numb'], goal: ['relax'] });
  });
});
