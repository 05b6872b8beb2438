import { z } from 'astro/zod';
import { faqSchema, plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';

/** A practical guide (safety, choosing a therapist, FAQ). One MDX file per guide in content/guides. */
export const guideSchema = z.object({
  /** Page title. */
  title: plain(100),
  /** One line for cards and the meta description. */
  summary: plain(200),
  /** Position in lists; lower comes first. */
  order: z.number().int().min(1),
  /** Questions and answers shown after the body. */
  faqs: z.array(faqSchema).default([]),
  /** Every source the page cites, in numbering order. */
  sources: z.array(ref('sources')).min(1, 'cite at least one source'),
  /** Review status and date. */
  review: reviewSchema,
});

export type Guide = z.infer<typeof guideSchema>;
