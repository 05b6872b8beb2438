import { describe, expect, it } from 'vitest';
import { scoreQuiz } from '../../../src/lib/quiz/score';
import { cleanAnswers } from '../../../src/lib/quiz/answers';
import type { Answers } from '../../../src/lib/quiz/model';
import { tinyQuiz } from '../../fixtures/quiz';

const calm = { red: ['none'], urgent: ['none'], health: ['none'], start: ['desk'] };

/** Named scenarios: answers → the outcome, the level and the first words a visitor reads under it. */
const scenarios: Array<[scenario: string, answers: Answers, outcome: string, level: string | undefined, first: string]> = [
  [
    'chest pain is an emergency, whatever else',
    { ...calm, red: ['chest'], urgent: ['calf'], goal: ['spot'] },
    'emergency',
    'emergency',
    'you said chest',
  ],
  ['a swollen calf is same-day', { ...calm, urgent: ['calf'], health: ['broken'] }, 'same-day', 'same-day', 'you said calf'],
  [
    'a recent break is see a doctor first, over a fresh injury',
    { ...calm, health: ['broken'], start: ['injury'], duration: ['fresh'] },
    'doctor-first',
    'doctor-first',
    'you said broken',
  ],
  [
    'a fresh injury waits a few days',
    { ...calm, start: ['injury'], duration: ['fresh'], goal: ['spot'] },
    'wait',
    'wait',
    'you were hurt in the last few days',
  ],
  [
    'one spot, long-standing, points to NMT',
    { ...calm, goal: ['spot'], where: ['neck'], duration: ['long'] },
    'nmt',
    undefined,
    'it is in one area',
  ],
  [
    'tight in a few areas and firm pressure points to deep tissue',
    { ...calm, goal: ['tight'], where: ['neck', 'back'], pressure: ['firm'] },
    'deep',
    undefined,
    'it is in a few areas',
  ],
  [
    'only wanting to relax settles on either',
    { ...calm, goal: ['relax'], pressure: ['firm'] },
    'either',
    undefined,
    'you said relax',
  ],
];

describe('scoreQuiz scenarios', () => {
  it.each(scenarios)('%s', (_scenario, answers, outcome, level, first) => {
    const result = scoreQuiz(tinyQuiz, answers);
    expect(result.outcome).toBe(outcome);
    expect(result.level).toBe(level);
    expect((result.triggers[0] ?? result.reasons[0])?.because).toBe(first);
  });
});

describe('scoreQuiz rules', () => {
  it('names only the answers at the deciding level on a care card', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, red: ['chest'], health: ['thinners', 'broken'] });
    expect(result.triggers.map((t) => t.flag)).toEqual(['e1']);
    expect(result.hits.map((h) => h.flag)).toEqual(['e1', 'd1', 'a1']);
  });

  it('keeps massage on the table with adaptations, and they combine', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, goal: ['spot'], health: ['thinners', 'veins'] });
    expect(result.level).toBe('adapted');
    expect(result.outcome).toBe('either');
    expect(result.adaptations).toEqual(['a1', 'a2']);
    expect(result.certainty).toBe('gentle');
  });

  it('lets an adaptation that needs no gentle cap keep the scored style', () => {
    const result = scoreQuiz(tinyQuiz, {
      ...calm,
      goal: ['tight'],
      where: ['neck', 'back'],
      pressure: ['firm'],
      health: ['veins'],
    });
    expect(result.outcome).toBe('deep');
    expect(result.adaptations).toEqual(['a2']);
  });

  it('gives "either" when the lead is within the tie margin, never an arbitrary pick, and says it points both ways', () => {
    // nmt 1+2 = 3 (desk + spot), deep 1+1 = 2: a lead of 1 is within the margin.
    const result = scoreQuiz(tinyQuiz, { ...calm, goal: ['spot'] });
    expect(result.scores).toEqual({ nmt: 3, deep: 2, either: 0 });
    expect(result.outcome).toBe('either');
    expect(result.certainty).toBe('even');
    expect(result.reasons.map((r) => r.because)).toEqual(['you said spot']);
  });

  it('picks a general massage when it ties the lead, and gives only reasons that point its way', () => {
    // One area (nmt 2) and light pressure (either 2, deep −2): a tie between either and nmt.
    const tie = scoreQuiz(tinyQuiz, { ...calm, start: ['injury'], where: ['neck'], pressure: ['light'] });
    expect(tie.scores).toEqual({ nmt: 2, deep: -2, either: 2 });
    expect(tie.style).toBe('either');
    expect(tie.certainty).toBe('slight');
    expect(tie.reasons.map((r) => r.because)).toEqual(['you said light']);
  });

  it('says a relax-only result follows from the answer, not from a lead it does not have', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, goal: ['relax'] });
    expect(result.certainty).toBe('chosen');
    expect(result.reasons.map((r) => r.key)).toEqual(['goal.relax']);
  });

  it('ignores answers to questions that an earlier answer skipped', () => {
    const answers = { ...calm, goal: ['relax'], where: ['neck'], start: ['injury'], duration: ['fresh'] };
    expect(cleanAnswers(tinyQuiz, answers)).not.toHaveProperty('where');
    expect(scoreQuiz(tinyQuiz, answers).outcome).toBe('either');
  });

  it('shows a note-only row once, however many answers raise it', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, where: ['all-over'], start: ['unknown'] });
    expect(result.noteFlags).toEqual(['n1']);
    expect(result.outcome).not.toBe('doctor-first');
  });

  it('scores the band, not each region, when a count band applies', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, goal: ['tight'], where: ['neck', 'back', 'hips'] });
    expect(result.reasons.map((r) => r.key)).toContain('where#1');
    expect(result.reasons.map((r) => r.key)).not.toContain('where.neck');
  });

  it('ignores unknown questions and options, and extra picks for a single choice', () => {
    // One pick for a single choice: the first in the quiz's own order.
    expect(cleanAnswers(tinyQuiz, { goal: ['tight', 'spot'], pressure: ['hard'] })).toEqual({ goal: ['spot'] });
    // So the result is the one for the answers that remain.
    expect(scoreQuiz(tinyQuiz, { ...calm, nope: ['x'], goal: ['tight', 'spot'], pressure: ['hard'] })).toEqual(
      scoreQuiz(tinyQuiz, { ...calm, goal: ['spot'] }),
    );
  });

  it('drops "none of these" when real ticks come with it', () => {
    expect(cleanAnswers(tinyQuiz, { red: ['none', 'chest'] })).toEqual({ red: ['chest'] });
  });

  it('lists notes for answers given, once each', () => {
    const result = scoreQuiz(tinyQuiz, { ...calm, goal: ['spot'], duration: ['long'] });
    expect(result.notes).toEqual(['duration.long']);
  });
});
