import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import * as strings from '../../../src/strings/en';
import { questionCounts, questionsRaising } from '../../../src/lib/quiz/facts';
import { stringsWithPaths } from '../../../src/lib/citations';
import { tinyQuiz } from '../../fixtures/quiz';
import { firstGap, landingStep } from '../../../src/lib/quiz/path';
import { scoreQuiz } from '../../../src/lib/quiz/score';
import { isBookable } from '../../../src/ids/quiz';

const [realQuiz] = await getCollection('quiz');
if (!realQuiz) throw new Error('content/quiz has no quiz');
const quiz = realQuiz.data;

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last';
/** Wording that pins a count or a position of questions, e.g. "12 short questions" or "the second question". */
const HARD_CODED = new RegExp(
  `\\b((\\d+|${NUMBER_WORDS})\\s+(short\\s+)?questions?|(${ORDINALS})\\s+questions?|questions?\\s+\\d+)\\b`,
  'i',
);

describe('question counts and positions come from the data', () => {
  it.each([
    ['interface strings (src/strings/en.ts)', strings],
    ['quiz copy (content/quiz)', { ...quiz, questions: quiz.questions.map((q) => ({ prompt: q.prompt, help: q.help })) }],
  ])('no string in the %s hard-codes a question count or position', (_where, value) => {
    const offenders = stringsWithPaths(value).filter((s) => HARD_CODED.test(s.text));
    expect(offenders).toEqual([]);
  });

  it('catches the wording it guards against', () => {
    for (const text of [
      'Answer 12 short questions.',
      'Tick anything in the second question.',
      'See question 3.',
      'Answer ten questions',
    ])
      expect(HARD_CODED.test(text)).toBe(true);
    expect(HARD_CODED.test('Question {n} of {total}')).toBe(false);
  });

  it('counts the shortest and longest paths from the skips', () => {
    expect(questionCounts(tinyQuiz)).toEqual({ min: 5, max: 8 });
    const { min, max } = questionCounts(quiz);
    expect(max).toBe(quiz.questions.length);
    expect(min).toBeLessThanOrEqual(6);
  });

  it('names the questions that can raise each level, by position', () => {
    expect(questionsRaising(tinyQuiz, 'emergency')).toEqual([1]);
    expect(questionsRaising(tinyQuiz, 'adapted')).toEqual([7]);
    expect(questionsRaising(tinyQuiz, 'note')).toEqual([4, 5]);
    // In the real quiz, emergency signs are asked first of all.
    expect(questionsRaising(quiz, 'emergency')).toEqual([1]);
  });
});

describe('the real quiz keeps to the evidence', () => {
  it('scores "massage felt good, but the pain came back" as neutral: no evidence says NMT lasts longer', () => {
    const tried = quiz.questions.find((q) => q.id === 'tried');
    const shortRelief = tried?.options.find((o) => o.id === 'short-relief');
    expect(shortRelief).toBeDefined();
    expect(Object.values(shortRelief?.effects ?? {}).every((w) => !w)).toBe(true);
    expect(shortRelief?.note).toMatch(/short-term/);
  });
});

describe('the sample answers (the For clinics preview)', () => {
  it('answer every required question on their path and end on a massage result with no safety rows', () => {
    const answers = quiz.sample;
    expect(firstGap(quiz, answers, 'result')).toBeUndefined();
    expect(landingStep(quiz, answers, 'result')).toBe('result');
    const result = scoreQuiz(quiz, answers);
    expect(isBookable(result.outcome)).toBe(true);
    expect(result.level).toBeUndefined();
    expect(result.hits).toEqual([]);
  });
});
