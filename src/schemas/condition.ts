import { z } from 'astro/zod';
import { faqSchema, line, plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';
import { bodyRegions } from '../ids/quiz';

/**
 * A health condition people ask massage about. One MDX file per condition in content/conditions;
 * the file name is its id, which modalities use as a key in `evidence.conditions`. The page's
 * evidence table is computed from those modality entries, never typed here.
 */
export const conditionSchema = z.object({
  /** Page title, e.g. "Low back pain". */
  title: plain(80),
  /** One line for cards, meta descriptions and search results. */
  summary: plain(200),
  /** Position in lists; lower comes first. */
  order: z.number().int().min(1),
  /** Other names people search for, e.g. "lumbago". */
  aka: z.array(plain(80)).default([]),
  /**
   * What guidelines recommend first (exercise, staying active…), in two or three plain sentences
   * with citations. A health claim: only evidence sources may back it.
   */
  firstLine: line(600),
  /**
   * The quiz's red-flag ids (`e2`, `u6`…) that apply to this condition; the page's "when to see
   * a doctor" box shows them with the quiz's own wording.
   */
  warningSigns: z
    .array(z.string().regex(/^[a-z]\d+$/, 'must be a red-flag id from the quiz, e.g. `e2`'))
    .min(1, 'list at least one warning sign from the quiz'),
  /**
   * Body-map regions (src/ids/quiz.ts) where it is felt. A quiz result links to this page when the
   * visitor ticked one of them; leave it empty for a condition the quiz cannot point to.
   */
  regions: z
    .array(z.enum(bodyRegions))
    .default([])
    .refine((r) => new Set(r).size === r.length, 'list each region once'),
  /** Questions readers ask about massage for this condition. */
  faqs: z.array(faqSchema).default([]),
  /** Every source the page cites, in numbering order. */
  sources: z.array(ref('sources')).min(1, 'cite at least one source'),
  /** Review status and date. */
  review: reviewSchema,
});

export type Condition = z.infer<typeof conditionSchema>;
