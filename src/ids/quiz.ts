/**
 * The one owner of the quiz's ids: safety levels, massage styles, outcomes, result pages and
 * body-map regions. Plain TypeScript with no zod and no wording, so the content schema, the
 * scoring engine, the components, the result pages and the embed's booking-button check all
 * import the same lists, and the browser can ship them in a few bytes.
 */

/**
 * Safety levels from the routing table (shared/DOMAIN.md §3), highest first: when answers hit
 * several, the first in this list wins (emergency > same-day > doctor-first > wait > adapted >
 * note).
 */
export const levelIds = ['emergency', 'same-day', 'doctor-first', 'wait', 'adapted', 'note'] as const;

/** Levels that end the quiz the moment one is answered: nothing else is asked or suggested. */
export const stopLevelIds = ['emergency', 'same-day'] as const;

/** Levels whose card replaces the massage suggestion: get care, or wait, before booking. */
export const careLevelIds = ['emergency', 'same-day', 'doctor-first', 'wait'] as const;

/** The massage styles answers are scored toward: focused (NMT-style), deep tissue, either/Swedish. */
export const styleIds = ['nmt', 'deep', 'either'] as const;

/** Every result the quiz can give: a care level, or a style. */
export const outcomeIds = [...careLevelIds, ...styleIds] as const;

/** Every page under /quiz/result/: each outcome, plus one explaining adapted massage. */
export const resultPageIds = [...careLevelIds, 'adapted', ...styleIds] as const;

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

export type LevelId = (typeof levelIds)[number];
export type StopLevelId = (typeof stopLevelIds)[number];
export type CareLevelId = (typeof careLevelIds)[number];
export type StyleId = (typeof styleIds)[number];
export type OutcomeId = (typeof outcomeIds)[number];
export type ResultPageId = (typeof resultPageIds)[number];
export type BodyRegion = (typeof bodyRegions)[number];

const includes = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

/** Whether a value is one of the massage styles. */
export const isStyleId = (value: unknown): value is StyleId => includes(styleIds, value);

/** Whether a value is one of the quiz's outcome ids (for anything read from outside, e.g. a message). */
export const isOutcomeId = (value: unknown): value is OutcomeId => includes(outcomeIds, value);

/** Whether a level ends the quiz at once. */
export const isStopLevel = (level: LevelId | undefined): level is StopLevelId => includes(stopLevelIds, level);

/** Whether a level sends the visitor to care (or to wait) before any massage. */
export const isCareLevel = (level: unknown): level is CareLevelId => includes(careLevelIds, level);

/**
 * Whether a booking button may sit beside this result: only beside a massage suggestion
 * (adapted ones included), never beside "get care first" or "wait".
 */
export const isBookable = (outcome: unknown): boolean => isStyleId(outcome);

/** The highest of some levels (see levelIds), or undefined when there are none. */
export function highestLevel(levels: Iterable<LevelId>): LevelId | undefined {
  const given = new Set(levels);
  return levelIds.find((level) => given.has(level));
}
