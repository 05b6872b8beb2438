import { z } from 'astro/zod';
import { plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';

/** A standalone editorial page (e.g. About). One MDX file per page in content/pages. */
export const pageSchema = z.object({
  /** Page title. */
  title: plain(100),
  /** One line for the meta description. */
  summary: plain(200),
  /** Sources the page cites, in numbering order. */
  sources: z.array(ref('sources')).default([]),
  /** Review status and date. */
  review: reviewSchema,
});

export type Page = z.infer<typeof pageSchema>;
