/**
 * The modality schema's closed lists, kept free of zod so pure code (the comparison, the
 * matrix) and the schema share them without the pure layer importing the schema.
 */

/** How much of the body a session usually covers, narrowest first. */
export const coverages = ['focused', 'regional', 'full-body'] as const;
/** How the treatment is usually booked. */
export const courseKinds = ['one-off', 'either', 'series'] as const;
/** How strong the research behind a modality is, as we grade it from the sources. */
export const evidenceLevels = ['low', 'moderate', 'high'] as const;

export type Coverage = (typeof coverages)[number];
export type CourseKind = (typeof courseKinds)[number];
export type EvidenceLevel = (typeof evidenceLevels)[number];

/**
 * How a type of massage is usually grouped, in the order listings show the groups: for relaxation,
 * focused or clinical work on a problem, methods built on a reflex or energy theory, and massage
 * adapted for a particular group of people (pregnancy, lymphedema care).
 */
export const categories = ['relaxation', 'clinical', 'reflex-energy', 'special-groups'] as const;
/** Where people usually find a type of massage. */
export const settings = ['spa', 'clinic', 'gym', 'workplace'] as const;
/**
 * What the research found for one type of massage and one condition, most favorable first:
 * a consistent benefit, a possible benefit, results too mixed or too few to say, no benefit over
 * the comparison. A type with no studies for a condition simply has no entry.
 */
export const evidenceFindings = ['helps', 'may-help', 'unclear', 'no-benefit'] as const;
/**
 * How sure the research is about a finding, in GRADE's terms (highest first). Use the grade a
 * systematic review or guideline gave; where none did, one trial or only small trials are `low`
 * or `very-low`.
 */
export const certainties = ['high', 'moderate', 'low', 'very-low'] as const;

export type Category = (typeof categories)[number];
export type Setting = (typeof settings)[number];
export type EvidenceFinding = (typeof evidenceFindings)[number];
export type Certainty = (typeof certainties)[number];
