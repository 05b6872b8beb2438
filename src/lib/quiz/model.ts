/**
 * The quiz's shape as the scoring engine and the browser see it: plain TypeScript, no zod, so
 * the quiz page can ship this logic in a few kilobytes. src/schemas/quiz.ts validates content
 * against these same names, and its parsed type is assignable to QuizData. The ids themselves
 * (levels, styles, outcomes, body regions) live in ./ids.
 */
import type { LevelId, StyleId } from '../../ids/quiz';

/** Weights toward the massage styles; a missing key counts as 0. */
export type Effects = Partial<Record<StyleId, number | undefined>>;

/** One row of the safety routing table: a red flag (or an adaptation, a wait, a note) at one level. */
export interface RedFlagData {
  /** The table's row id, e.g. `e2` or `a1`. */
  id: string;
  level: LevelId;
  /** Massage must stay gentle (no deep or forceful work), e.g. blood thinners. */
  gentle: boolean;
}

/** One answer option. */
export interface OptionData {
  id: string;
  because: string;
  effects: Effects;
  /** The routing-table row this answer raises, if any: at most one, so at most one level. */
  flag?: string | undefined;
  /** This answer settles the style (after safety), e.g. "I only want to relax" → either. */
  style?: StyleId | undefined;
  /** Marks that a note for this answer exists (its copy travels separately). */
  note?: string | undefined;
  exclusive: boolean;
}

/** A band of "how many options were ticked". */
export interface CountBandData {
  min: number;
  max: number;
  because: string;
  effects: Effects;
  flag?: string | undefined;
  note?: string | undefined;
}

/** One question. */
export interface QuestionData {
  id: string;
  kind: 'single' | 'multiple';
  required: boolean;
  options: readonly OptionData[];
  countBands: readonly CountBandData[];
  /** Answers (`question.option`) that make this question not apply: it is skipped, and any answer to it ignored. */
  skipIf: readonly string[];
}

/** A rule for answers given together. */
export interface ComboData {
  when: readonly string[];
  flag: string;
  because: string;
}

/** Everything scoring and the URL codec need. */
export interface QuizData {
  version: number;
  tieMargin: number;
  questions: readonly QuestionData[];
  combos: readonly ComboData[];
  redFlags: readonly RedFlagData[];
}

/** Answers: question id → the chosen option ids, in the quiz's option order. Unanswered questions are absent. */
export type Answers = Readonly<Record<string, readonly string[]>>;
