/**
 * The review cycle: every page's facts are re-checked against its sources on a schedule. A page
 * is due on its `nextReview` date (12 months after its last check unless set), shows a notice
 * from then on, and fails the test suite once it is more than 90 days late, so nothing stays
 * unchecked for long without someone noticing.
 */
import type { ContentProblem } from './validate';

/** Months from one fact check to the next, unless a page sets `nextReview` itself. */
export const REVIEW_INTERVAL_MONTHS = 12;
/** How late a review may run before `npm test` fails. */
export const OVERDUE_LIMIT_DAYS = 90;

const DAY = 24 * 60 * 60 * 1000;

/** The same day `months` later, in UTC; a day the month lacks falls back to its last day. */
export function addMonths(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

/** A page's review block, as far as the schedule needs it. */
export interface ReviewDates {
  lastReviewed: Date;
  nextReview?: Date | undefined;
}

/** When a page is next due for a fact check. */
export function nextReviewOf(review: ReviewDates): Date {
  return review.nextReview ?? addMonths(review.lastReviewed, REVIEW_INTERVAL_MONTHS);
}

/** Whole days past the due date (0 on the day itself), or a negative number before it. */
export function daysOverdue(review: ReviewDates, today: Date): number {
  const due = nextReviewOf(review);
  const startOf = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return Math.round((startOf(today) - startOf(due)) / DAY);
}

/** True from the due date on: the page shows "This page is due for review". */
export function isDueForReview(review: ReviewDates, today: Date): boolean {
  return daysOverdue(review, today) >= 0;
}

/** One page in the schedule. */
export interface ScheduledPage {
  file: string;
  title: string;
  review: ReviewDates;
}

/** A page with its due date and how late it is. */
export interface ScheduleRow extends ScheduledPage {
  due: Date;
  daysOverdue: number;
}

/** Every page with its due date, the latest first (most overdue at the top). */
export function reviewSchedule(pages: readonly ScheduledPage[], today: Date): ScheduleRow[] {
  return pages
    .map((p) => ({ ...p, due: nextReviewOf(p.review), daysOverdue: daysOverdue(p.review, today) }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.file.localeCompare(b.file));
}

/** Pages more than `limit` days overdue, as problems naming the file and field. */
export function lateReviews(pages: readonly ScheduledPage[], today: Date, limit = OVERDUE_LIMIT_DAYS): ContentProblem[] {
  return reviewSchedule(pages, today)
    .filter((row) => row.daysOverdue > limit)
    .map((row) => ({
      file: row.file,
      field: 'review.nextReview',
      message: `the review was due on ${row.due.toISOString().slice(0, 10)}, ${row.daysOverdue} days ago (more than ${limit}); re-check the facts against the sources, then set review.lastReviewed to that day (and move or remove review.nextReview if the page sets one)`,
    }));
}
