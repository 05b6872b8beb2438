import { z } from 'astro/zod';

/**
 * Kinds of source, strongest first. `practitioner` sources (clinic and trade pages) show how
 * providers describe their work; they may back only "providers describe…" statements, never a
 * health claim, and the site labels them as such.
 */
export const sourceKinds = [
  'guideline',
  'systematic-review',
  'trial',
  'health-publisher',
  'professional-body',
  'government',
  'method-owner',
  'practitioner',
] as const;

export type SourceKind = (typeof sourceKinds)[number];

/** One cited source. One YAML file per source in content/sources; the file name is its id. */
export const sourceSchema = z.object({
  /** The source's own title, as published. */
  title: z.string().trim().min(3).max(300),
  /** Authors as usually cited, e.g. "Cherkin DC, et al." Optional for organisations. */
  authors: z.string().trim().max(200).optional(),
  /** Who published it: the organisation, or the journal for papers. */
  publisher: z.string().trim().min(2).max(200),
  /** Year of publication (or of the version we read). */
  year: z.number().int().min(1900).max(2100),
  /** The publisher's own address. Omit it rather than cite a copy on another domain. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  /** What kind of source it is; decides how much weight it may carry. */
  kind: z.enum(sourceKinds),
  /** A short editor's note shown with the reference, e.g. which part of the source we use. */
  note: z.string().trim().max(300).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
