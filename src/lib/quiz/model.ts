/**
 * The quiz's shape as the scoring engine and the browser see it: plain TypeScript, no zod, so
 * the quiz page can ship this logic in a few kilobytes. src/schemas/quiz.ts validates content
 * against these same names, and its parsed type is assignable to QuizData.
 */

/** Every result the quiz can give, safety outcomes first. */
export const quizOutcomeIds = ['emergency', 'clinician', 'acute', 'nmt', 'deep', 'either'] as const;
/** The outcomes that send a visitor to care (or to wait) rather than to a massage booking. */
export const safetyOutcomeIds = ['emergency', 'clinician', 'acute'] as const;
/** The outcomes answers are scored toward. */
export const scoredOutcomeIds = ['nmt', 'deep', 'either'] as const;
/** Safety flags, in the order they are checked before any score. */
export const quizFlags = ['emergency', 'clinician', 'acute', 'gentle'] as const;
/** Regions of the body map; a body-map question's options use these ids. */
export const bodyRegions = [
  'head-jaw',
  'neck',
  'shoulders',
  'arms-hands',
  'upper-back',
  'lower-back',
  'hips-buttocks',
  'legs-feet',
] as const;

export type QuizOutcomeId = (typeof quizOutcomeIds)[number];
export type ScoredOutcomeId = (typeof scoredOutcomeIds)[number];
export type QuizFlag = (typeof quizFlags)[number];
export type BodyRegion = (typeof bodyRegions)[number];

/** Weights toward the scored outcomes; a missing key counts as 0. */
export type Effects = Partial<Record<ScoredOutcomeId, number | undefined>>;

/** One answer option. */
export interface OptionData {
  id: string;
  because: string;
  effects: Effects;
  flags: readonly QuizFlag[];
  note?: string | undefined;
  exclusive: boolean;
}

/** A band of "how many options were ticked". */
export interface CountBandData {
  min: number;
  max: number;
  because: string;
  effects: Effects;
  note?: string | undefined;
}

/** One question. */
export interface QuestionData {
  id: string;
  kind: 'single' | 'multiple';
  required: boolean;
  options: readonly OptionData[];
  countBands: readonly CountBandData[];
}

/** A rule for answers given together. */
export interface ComboData {
  when: readonly string[];
  flags: readonly QuizFlag[];
  because: string;
}

/** Everything scoring and the URL codec need. */
export interface QuizData {
  version: number;
  tieMargin: number;
  questions: readonly QuestionData[];
  combos: readonly ComboData[];
}

/** Answers: question id → the chosen option ids, in the quiz's option order. Unanswered questions are absent. */
export type Answers = Readonly<Record<string, readonly string[]>>;
