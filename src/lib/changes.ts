/**
 * The site's change log as data: new pages, fact checks and corrections, newest first. The
 * changes feed renders it; wording is left to the caller, so a second language needs no change here.
 */

/** A page as the change log sees it. */
export interface PageRecord {
  /** `<collection>/<id>`, e.g. `guides/faq`. */
  key: string;
  title: string;
  href: string;
  summary: string;
  /** When the page went live. */
  published: Date;
  /** When its facts were last checked. */
  lastReviewed: Date;
  nextReview: Date;
}

/** A correction as the change log sees it. */
export interface CorrectionRecord {
  id: string;
  date: Date;
  title: string;
  pages: readonly string[];
  changed: string;
  reason: string;
}

export type Change =
  | { kind: 'new'; date: Date; page: PageRecord }
  | { kind: 'review'; date: Date; page: PageRecord }
  | { kind: 'correction'; date: Date; correction: CorrectionRecord; pages: PageRecord[] };

/** Order of events on the same day: a correction explains a re-check, which follows a launch. */
const SAME_DAY_ORDER: Record<Change['kind'], number> = { correction: 0, review: 1, new: 2 };

/**
 * Every change, newest first. A page's launch is one event; its latest fact check is another
 * when it came after the launch (a check on launch day is part of the launch).
 */
export function changeLog(pages: readonly PageRecord[], corrections: readonly CorrectionRecord[]): Change[] {
  const byKey = new Map(pages.map((p) => [p.key, p]));
  const changes: Change[] = [
    ...pages.map((page): Change => ({ kind: 'new', date: page.published, page })),
    ...pages
      .filter((p) => p.lastReviewed > p.published)
      .map((page): Change => ({ kind: 'review', date: page.lastReviewed, page })),
    ...corrections.map((correction): Change => ({
      kind: 'correction',
      date: correction.date,
      correction,
      pages: correction.pages.flatMap((key) => byKey.get(key) ?? []),
    })),
  ];
  const name = (c: Change) => (c.kind === 'correction' ? c.correction.id : c.page.key);
  return changes.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() || SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind] || name(a).localeCompare(name(b)),
  );
}
