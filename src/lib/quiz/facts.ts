/**
 * Facts about the quiz that pages state in words, derived from the data so no string types
 * them out: how many questions a visitor answers, and which questions can raise a level.
 */
import type { LevelId } from '../../ids/quiz';
import type { QuizData } from './model';

/** The fewest questions anyone is asked without an early stop (those never skipped), and the most. */
export function questionCounts(quiz: Pick<QuizData, 'questions'>): { min: number; max: number } {
  return { min: quiz.questions.filter((q) => q.skipIf.length === 0).length, max: quiz.questions.length };
}

/** The positions (from 1) of the questions with an answer that raises a routing-table row at this level (combinations aside). */
export function questionsRaising(quiz: QuizData, level: LevelId): number[] {
  const rows = new Set(quiz.redFlags.filter((r) => r.level === level).map((r) => r.id));
  const raises = (flag: string | undefined) => flag !== undefined && rows.has(flag);
  return quiz.questions.flatMap((q, i) =>
    q.options.some((o) => raises(o.flag)) || q.countBands.some((b) => raises(b.flag)) ? [i + 1] : [],
  );
}
