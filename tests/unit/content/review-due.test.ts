// No page may be more than 90 days past its review date (`npm run content:report` lists every
// page's due date). This test reads today's clock on purpose: it is how an overdue page fails CI.
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { lateReviews } from '../../../src/lib/content/review-cycle';

const entries = [
  ...(await getCollection('modalities')),
  ...(await getCollection('comparisons')),
  ...(await getCollection('conditions')),
  ...(await getCollection('guides')),
  ...(await getCollection('pages')),
  ...(await getCollection('quiz')),
];

describe('the review cycle on the real content', () => {
  it('has no page more than 90 days past its review date', () => {
    const pages = entries.map((e) => ({ file: e.filePath ?? e.id, title: e.data.title, review: e.data.review }));
    expect(pages.length).toBeGreaterThan(10);
    expect(lateReviews(pages, new Date())).toEqual([]);
  });
});
