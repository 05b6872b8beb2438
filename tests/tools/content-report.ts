/**
 * The editors' review list: every page's next fact-check date, overdue pages first.
 *
 *   npm run content:report              today's report
 *   npm run content:report -- 2027-12-01   as it will look on that date
 *
 * Exits 1 only when a page is more than 90 days overdue: the same rule `npm test` holds.
 */
import { OVERDUE_LIMIT_DAYS, lateReviews, reviewSchedule, type ScheduledPage } from '../../src/lib/content/review-cycle';
import { readContentPages } from './content-files';

const arg = process.argv[2];
const today = arg ? new Date(`${arg}T00:00:00Z`) : new Date();
if (Number.isNaN(today.getTime())) {
  console.error(`Not a date: "${arg}". Write it as YYYY-MM-DD.`);
  process.exit(2);
}

const asDate = (value: unknown) => (value instanceof Date ? value : new Date(`${String(value)}T00:00:00Z`));
const pages: ScheduledPage[] = readContentPages().map(({ file, data }) => {
  const review = data['review'] as { lastReviewed: unknown; nextReview?: unknown };
  return {
    file,
    title: String(data['title'] ?? file),
    review: { lastReviewed: asDate(review.lastReviewed), nextReview: review.nextReview ? asDate(review.nextReview) : undefined },
  };
});

const rows = reviewSchedule(pages, today);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const overdue = rows.filter((r) => r.daysOverdue >= 0);
const soon = rows.filter((r) => r.daysOverdue < 0 && r.daysOverdue >= -60);
const width = Math.max(...rows.map((r) => r.file.length));

console.log(`Review report for ${iso(today)}: ${rows.length} pages.\n`);
console.log(`Overdue (${overdue.length}):`);
for (const r of overdue) {
  const late = r.daysOverdue > OVERDUE_LIMIT_DAYS ? '  FAILS npm test' : '';
  console.log(`  ${r.file.padEnd(width)}  due ${iso(r.due)}  ${r.daysOverdue} days late${late}`);
}
if (!overdue.length) console.log('  none');
console.log(`\nDue in the next 60 days (${soon.length}):`);
for (const r of soon) console.log(`  ${r.file.padEnd(width)}  due ${iso(r.due)}  in ${-r.daysOverdue} days`);
if (!soon.length) console.log('  none');
const rest = rows.filter((r) => r.daysOverdue < -60);
if (rest[0]) console.log(`\nThe other ${rest.length} pages are due from ${iso(rest[0].due)} on.`);
process.exit(lateReviews(pages, today).length ? 1 : 0);
