import { describe, expect, it } from 'vitest';
import {
  addMonths,
  daysOverdue,
  isDueForReview,
  lateReviews,
  nextReviewOf,
  reviewSchedule,
} from '../../../src/lib/content/review-cycle';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const page = (file: string, lastReviewed: string, nextReview?: string) => ({
  file,
  title: file,
  review: { lastReviewed: day(lastReviewed), nextReview: nextReview ? day(nextReview) : undefined },
});

describe('the review cycle', () => {
  it('schedules the next check 12 months after the last, unless the page sets its own date', () => {
    expect(nextReviewOf({ lastReviewed: day('2026-11-28') })).toEqual(day('2027-11-28'));
    expect(nextReviewOf({ lastReviewed: day('2026-11-28'), nextReview: day('2027-05-01') })).toEqual(day('2027-05-01'));
    // 29 February has no twin in the next year: the last day of February stands in.
    expect(addMonths(day('2028-02-29'), 12)).toEqual(day('2029-02-28'));
  });

  it('shows the notice from the due date on, and not the day before', () => {
    const review = { lastReviewed: day('2026-11-28') };
    expect(isDueForReview(review, day('2027-11-27'))).toBe(false);
    expect(isDueForReview(review, day('2027-11-28'))).toBe(true);
    expect(daysOverdue(review, new Date('2028-01-07T23:59:00Z'))).toBe(40);
  });

  it('fails a page only when it is more than 90 days overdue, naming the file', () => {
    const pages = [
      page('content/guides/late.mdx', '2025-06-01'), // due 2026-06-01
      page('content/guides/just-due.mdx', '2025-09-04'), // due 2026-09-04: 90 days before the clock
      page('content/guides/fresh.mdx', '2026-11-28'),
    ];
    const clock = day('2026-12-03');
    expect(lateReviews(pages, clock)).toEqual([
      {
        file: 'content/guides/late.mdx',
        field: 'review.nextReview',
        message: expect.stringMatching(/due on 2026-06-01, 185 days ago/),
      },
    ]);
    expect(lateReviews(pages, day('2026-12-04')).map((p) => p.file)).toEqual([
      'content/guides/late.mdx',
      'content/guides/just-due.mdx',
    ]);
  });

  it('lists the most overdue pages first in the report', () => {
    const rows = reviewSchedule([page('b.mdx', '2026-11-28'), page('a.mdx', '2025-01-01')], day('2026-12-05'));
    expect(rows.map((r) => [r.file, r.daysOverdue])).toEqual([
      ['a.mdx', 338],
      ['b.mdx', -358],
    ]);
  });
});
