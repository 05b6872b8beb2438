/** Builds "On this page" entries. */

/** A section link: the heading's id and its text. */
export interface TocItem {
  id: string;
  text: string;
}

/** The top-level (h2) headings of rendered MDX, as section links. */
export function sectionsOf(headings: readonly { depth: number; slug: string; text: string }[]): TocItem[] {
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, text: h.text }));
}

/** Keeps only the items whose condition is true, so pages can list optional sections inline. */
export function present(items: readonly [TocItem, boolean][]): TocItem[] {
  return items.filter(([, shown]) => shown).map(([item]) => item);
}
