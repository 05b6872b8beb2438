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
