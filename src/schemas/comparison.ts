import { z } from 'astro/zod';
import { faqSchema, line, mythSchema, plain } from './fields';
import { ref } from './ref';
import { reviewSchema } from './review';

/**
 * A side-by-side comparison of two modalities. One MDX file per pair in content/comparisons,
 * named `<a>-vs-<b>`. Its table and charts are computed from the two modalities' frontmatter;
 * nothing about either modality is typed here.
 */
export const comparisonSchema = z
  .object({
    /** Page title, e.g. "Neuromuscular therapy vs deep tissue massage". */
    title: plain(100),
    /** One line for cards, meta descriptions and search results. */
    summary: plain(200),
    /** Position in lists; lower comes first. */
    order: z.number().int().min(1),
    /** The two modalities compared, as ids from content/modalities. */
    modalities: z.tuple([ref('modalities'), ref('modalities')]),
    /**
     * Why this pair has a page: what people search for or ask that it answers. Editors' record,
     * not shown to readers.
     */
    chosenBecause: plain(300),
    /** The plain bottom line in one sentence. */
    verdict: line(300),
    /** Common claims that sources contradict, each corrected with citations. */
    myths: z.array(mythSchema).default([]),
    /** Questions readers ask about this pair. */
    faqs: z.array(faqSchema).default([]),
    /** Every source the page's own text cites, in the order they should be numbered. */
    sources: z.array(ref('sources')).min(1, 'cite at least one source'),
    /** Review status and date. */
    review: reviewSchema,
  })
  .refine((c) => c.modalities[0].id !== c.modalities[1].id, {
    path: ['modalities'],
    message: 'must name two different modalities',
  });

export type Comparison = z.infer<typeof comparisonSchema>;
