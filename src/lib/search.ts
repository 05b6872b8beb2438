import { searchTypes } from './routes';

/** The Pagefind filter for a chosen type ('' means every type). */
export function filtersFor(type: string): Record<string, string> {
  return (searchTypes as readonly string[]).includes(type) ? { type } : {};
}

/** The query to run from a URL's `?q=`: trimmed and capped, never more than 100 characters. */
export function queryFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, 100);
}

/** localStorage key: `1` when the visitor turned off the `/` search shortcut. */
export const SLASH_OFF_KEY = 'bw-search-slash-off';

/** How many results show at first, and how many more each "Show more results" adds. */
export const PAGE_SIZE = 10;

/**
 * Pagefind's ranking for this site. `aliases` is the metadata modality pages carry with their
 * other names (ArticleLayout.astro), so "NMT" or "St. John method" finds the NMT page first.
 * The title boost is lowered from Pagefind's default so that a short page whose title merely
 * mentions a word (a quiz result, "NMT-style") does not outrank the page about it. Checked by
 * the relevance set (tests/fixtures/search-relevance.ts). Aliases weigh 5, not more: a type with
 * several other names that repeat its own ("Thai yoga massage", "Nuad Thai") would otherwise
 * outrank the comparison that answers "Thai or Swedish?".
 */
export const ranking = { metaWeights: { title: 3, aliases: 5 } } as const;

/** A Pagefind sub-result: one section of a page, from a heading with an id to the next. */
export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: readonly { weight: number; balanced_score: number }[];
}

/** A sub-result's score: the weighted matches in it (Pagefind's own balanced scores). */
function sectionScore(sub: SubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, w) => sum + w.balanced_score, 0);
}

/** How many query words matched in a heading: weight from `min` up to (not including) `max`. */
function headingHits(sub: SubResult | undefined, min: number, max = Infinity): number {
  return (sub?.weighted_locations ?? []).filter((w) => w.weight >= min && w.weight < max).length;
}

/**
 * The section a result should open at, or undefined for the top of the page. The section whose
 * own heading matched the most query words (a question, a glossary term) wins if its heading
 * matched more of them than the page title did. Otherwise a title match means the page itself is
 * about the query, and failing that the better-scoring of the top and the best section wins.
 * So "CNMT" opens the glossary at CNMT, "does deep tissue massage hurt" opens the deep tissue
 * page at that question, and "NMT" opens the NMT page at its top. Headings weigh 4 or more in
 * Pagefind; the page title weighs `titleWeight` (ArticleLayout.astro).
 */
export function bestSection(pageTitle: string, subs: readonly SubResult[], titleWeight = 10): SubResult | undefined {
  const top = subs.find((sub) => !sub.url.includes('#'));
  const sections = subs.filter((sub) => sub.url.includes('#') && sub.title !== pageTitle);
  if (sections.length === 0) return undefined;
  const titleHits = headingHits(top, titleWeight);
  const byHeading = sections.reduce((a, b) => {
    const diff = headingHits(b, 4, titleWeight) - headingHits(a, 4, titleWeight);
    return diff > 0 || (diff === 0 && sectionScore(b) > sectionScore(a)) ? b : a;
  });
  if (headingHits(byHeading, 4, titleWeight) > titleHits) return byHeading;
  if (titleHits > 0) return undefined;
  const best = sections.reduce((a, b) => (sectionScore(b) > sectionScore(a) ? b : a));
  return top && sectionScore(top) > sectionScore(best) ? undefined : best;
}
