import { z } from 'astro/zod';
import { ref } from './ref';

/** Review states a page can be in. */
export const reviewStatuses = ['draft', 'reviewed'] as const;

/**
 * The review block every content page carries. We never invent a reviewer: until a real one is
 * recorded in content/reviewers, pages stay `draft` and say they are not yet medically reviewed.
 */
export const reviewSchema = z
  .object({
    /** `draft`: written and checked against its sources by the editors, not yet medically reviewed. `reviewed`: a recorded reviewer has checked it. */
    status: z.enum(reviewStatuses),
    /** The date the page's facts were last checked against its sources, as YYYY-MM-DD. */
    lastReviewed: z.coerce.date({ error: 'must be a real date written as YYYY-MM-DD' }),
    /**
     * When the facts are next due for a check, as YYYY-MM-DD. Leave it out for the default, 12
     * months after `lastReviewed`; set it earlier for a fast-moving topic.
     */
    nextReview: z.coerce.date({ error: 'must be a real date written as YYYY-MM-DD' }).optional(),
    /** When the page first went live, as YYYY-MM-DD; the changes feed lists it as a new page from then. */
    published: z.coerce.date({ error: 'must be a real date written as YYYY-MM-DD' }),
    /** Who medically reviewed the page: the id of an entry in content/reviewers. Required when `status` is `reviewed`. */
    reviewer: ref('reviewers').optional(),
  })
  .superRefine((review, ctx) => {
    if (review.nextReview && review.nextReview <= review.lastReviewed) {
      ctx.addIssue({ code: 'custom', path: ['nextReview'], message: 'must be after `lastReviewed`' });
    }
    if (review.published > review.lastReviewed) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: 'cannot be after `lastReviewed`: a page is checked before it goes live',
      });
    }
    if (review.status === 'reviewed' && !review.reviewer) {
      ctx.addIssue({ code: 'custom', path: ['reviewer'], message: 'a page marked `reviewed` must name its reviewer' });
    }
  });

export type Review = z.infer<typeof reviewSchema>;
