/**
 * Which questions a visitor is asked, in what order, and where Next and Back go. A question is
 * skipped when an earlier answer makes it not apply (`skipIf`, e.g. "no pain, I only want to
 * relax" skips the pain questions), and the quiz stops at once when an answer reaches an
 * emergency or same-day level. Pure functions of the quiz data and the answers.
 */
import { isStopLevel } from '../../ids/quiz';
import type { Answers, QuizData } from './model';
import { applies, cleanAnswers } from './answers';
import { scoreQuiz } from './score';
import type { Step } from './codec';

/** The indexes of the questions this visitor is asked, in order. */
export function askedSteps(quiz: QuizData, answers: Answers): number[] {
  const clean = cleanAnswers(quiz, answers);
  return quiz.questions.flatMap((q, i) => (applies(q, clean) ? [i] : []));
}

/** Whether the answers already reach a level that ends the quiz (emergency or same day). */
export function stopsEarly(quiz: QuizData, answers: Answers): boolean {
  return isStopLevel(scoreQuiz(quiz, answers).level);
}

/** Where Next goes from a question: the result when the answers stop the quiz or none is left. */
export function nextStep(quiz: QuizData, answers: Answers, step: number): Step {
  if (stopsEarly(quiz, answers)) return 'result';
  return askedSteps(quiz, answers).find((i) => i > step) ?? 'result';
}

/**
 * The question whose answer stops the quiz (emergency or same day), counting answers in the
 * order the questions are asked; undefined when none does.
 */
export function stopStep(quiz: QuizData, answers: Answers): number | undefined {
  const sofar: Record<string, readonly string[]> = {};
  for (const i of askedSteps(quiz, answers)) {
    const id = quiz.questions[i]?.id ?? '';
    const given = answers[id];
    if (given) sofar[id] = given;
    if (stopsEarly(quiz, sofar)) return i;
  }
  return undefined;
}

/**
 * Where Back goes. From the result: after an early stop, the question whose answer stopped it;
 * otherwise the last question asked.
 */
export function previousStep(quiz: QuizData, answers: Answers, step: Step): number {
  const asked = askedSteps(quiz, answers);
  if (step === 'result') return stopStep(quiz, answers) ?? asked.at(-1) ?? 0;
  return asked.filter((i) => i < step).at(-1) ?? 0;
}

/**
 * Where a link to a step lands: the result when an earlier answer already stops the quiz, a
 * required question the link skipped, the next question asked when these answers skip that
 * step, or the step itself.
 */
export function landingStep(quiz: QuizData, answers: Answers, step: Step): Step {
  const stop = stopStep(quiz, answers);
  if (stop !== undefined && (step === 'result' || step > stop)) return 'result';
  const gap = firstGap(quiz, answers, step);
  if (gap !== undefined) return gap;
  if (step === 'result' || askedSteps(quiz, answers).includes(step)) return step;
  return nextStep(quiz, answers, step);
}

/**
 * The first question a link may not skip: asked, required and unanswered, before `step`.
 * A result link only needs this when the answers do not already stop the quiz.
 */
export function firstGap(quiz: QuizData, answers: Answers, step: Step): number | undefined {
  if (step === 'result' && stopsEarly(quiz, answers)) return undefined;
  return askedSteps(quiz, answers).find(
    (i) => (step === 'result' || i < step) && quiz.questions[i]?.required && !answers[quiz.questions[i]?.id ?? '']?.length,
  );
}

/** "Question n of total" for a step: its place among the questions this visitor is asked. */
export function progressOf(quiz: QuizData, answers: Answers, step: number): { n: number; total: number } {
  const asked = askedSteps(quiz, answers);
  const at = asked.indexOf(step);
  return { n: (at < 0 ? asked.filter((i) => i < step).length : at) + 1, total: asked.length };
}
