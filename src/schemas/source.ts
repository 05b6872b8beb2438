import { z } from 'astro/zod';

import { sourceKinds } from '../ids/source-kinds';

/** A publication date as precise as the source gives it (`2011`, `2024-03`, `2024-03-18`), or `unknown`. */
const PUBLISHED = /^((19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|unknown)$/;

/** One cited source. One YAML file per source in content/sources; the file name is its id. */
export const sourceSchema = z.object({
  /** The source's own title, as published. */
  title: z.string().trim().min(3).max(300),
  /** Authors as usually cited, e.g. "Cherkin DC, et al." Optional for organisations. */
  authors: z.string().trim().max(200).optional(),
  /** Who published it: the organisation, or the journal for papers. */
  publisher: z.string().trim().min(2).max(200),
  /**
   * When the source was published (or last updated, for the version we read): a year, `YYYY-MM`
   * or `YYYY-MM-DD`, or `unknown` for an undated page. Never the date we read it; that is `accessed`.
   */
  published: z.union([
    z.date().transform((d) => d.toISOString().slice(0, 10)),
    z.number().int().min(1900).max(2100).transform(String),
    z.string().trim().regex(PUBLISHED, { error: 'must be a year, YYYY-MM, YYYY-MM-DD or `unknown`' }),
  ]),
  /** The date we last checked the source, as YYYY-MM-DD. Shown as "accessed" with the reference. */
  accessed: z.coerce.date({ error: 'must be a real date written as YYYY-MM-DD' }),
  /** The publisher's own address. Omit it rather than cite a copy on another domain. */
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
  /** What kind of source it is; decides how much weight it may carry. */
  kind: z.enum(sourceKinds),
  /** A short editor's note shown with the reference, e.g. which part of the source we use. */
  note: z.string().trim().max(300).optional(),
});

export type Source = z.infer<typeof sourceSchema>;
