import { describe, expect, it } from 'vitest';
import { askedSteps, firstGap, landingStep, nextStep, previousStep, progressOf, stopStep } from '../../../src/lib/quiz/path';
import { tinyQuiz } from '../../fixtures/quiz';

const index = (id: string) => tinyQuiz.questions.findIndex((q) => q.id === id);

describe('the path through the questions', () => {
  it('asks every question when nothing skips', () => {
    expect(askedSteps(tinyQuiz, { goal: ['spot'] })).toEqual(tinyQuiz.questions.map((_, i) => i));
  });

  it('skips the pain questions for "no pain, just relax"', () => {
    const asked = askedSteps(tinyQuiz, { goal: ['relax'] });
    expect(asked.map((i) => tinyQuiz.questions[i]?.id)).toEqual(['red', 'urgent', 'goal', 'health', 'pressure']);
    expect(nextStep(tinyQuiz, { red: ['none'], urgent: ['none'], goal: ['relax'] }, index('goal'))).toBe(index('health'));
    expect(progressOf(tinyQuiz, { goal: ['relax'] }, index('health'))).toEqual({ n: 4, total: 5 });
  });

  it('stops at once on an emergency or a same-day answer', () => {
    expect(nextStep(tinyQuiz, { red: ['chest'] }, 0)).toBe('result');
    expect(nextStep(tinyQuiz, { red: ['none'], urgent: ['calf'] }, 1)).toBe('result');
    expect(nextStep(tinyQuiz, { red: ['none'] }, 0)).toBe(1);
  });

  it('goes back from an early stop to the question that stopped it', () => {
    expect(previousStep(tinyQuiz, { red: ['none'], urgent: ['calf'] }, 'result')).toBe(1);
    expect(previousStep(tinyQuiz, { red: ['none'], goal: ['relax'] }, 'result')).toBe(index('pressure'));
    expect(previousStep(tinyQuiz, { goal: ['relax'] }, index('health'))).toBe(index('goal'));
  });

  it('finds the first required question a link skipped, unless the answers already stop the quiz', () => {
    expect(firstGap(tinyQuiz, { red: ['none'] }, 'result')).toBe(1);
    expect(firstGap(tinyQuiz, { red: ['chest'] }, 'result')).toBeUndefined();
    expect(firstGap(tinyQuiz, { red: ['none'] }, 1)).toBeUndefined();
  });

  it('goes back to the stopping question even when later questions were answered before', () => {
    // Answered far ahead, then went back and ticked a same-day sign at question 2.
    const answers = { red: ['none'], urgent: ['calf'], goal: ['spot'], where: ['neck'], start: ['desk'] };
    expect(stopStep(tinyQuiz, answers)).toBe(1);
    expect(previousStep(tinyQuiz, answers, 'result')).toBe(1);
  });

  it('lands a link on the result when an earlier answer already stops the quiz', () => {
    const answers = { red: ['none'], urgent: ['calf'], goal: ['spot'] };
    expect(landingStep(tinyQuiz, answers, index('where'))).toBe('result');
    expect(landingStep(tinyQuiz, answers, 1)).toBe(1);
    expect(landingStep(tinyQuiz, { red: ['none'] }, index('goal'))).toBe(1);
    expect(landingStep(tinyQuiz, { red: ['none'], urgent: ['none'], goal: ['relax'] }, index('where'))).toBe(index('health'));
  });
});
