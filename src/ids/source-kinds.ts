/** Source kinds, kept free of zod so pure code (the content check, reports) can share them. */

/**
 * Kinds of source, strongest first; the sources page ranks them in this order. Classify by what
 * the source is (its study design, or who publishes it), not by how useful it is to us.
 */
export const sourceKinds = [
  'guideline',
  'systematic-review',
  'trial',
  'observational-study',
  'case-report',
  'narrative-review',
  'health-publisher',
  'government',
  'professional-body',
  'method-owner',
  'education',
  'vendor',
  'practitioner',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

/**
 * The kinds that count as evidence, so may back a health claim: an evidence grade or a safety
 * sign. The rest (professional bodies, method owners, colleges, vendors, clinic and trade
 * pages) show how the trade and its institutions work; they may back only statements about
 * that ("providers describe…", "the NMT Center's exam…"), and the content check rejects them
 * where a health claim needs backing.
 */
export const evidenceKinds = [
  'guideline',
  'systematic-review',
  'trial',
  'observational-study',
  'case-report',
  'narrative-review',
  'health-publisher',
  'government',
] as const satisfies readonly SourceKind[];

/** True when a source of this kind may back a health claim. */
export const isEvidenceKind = (kind: string): boolean => (evidenceKinds as readonly string[]).includes(kind);
