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

/**
 * An anchor id for a question or other text: lowercase words joined by hyphens, with the prefix
 * so it cannot clash with a section heading's id. "Does NMT hurt?" → "faq-does-nmt-hurt".
 * Letters outside a–z (é, ñ) are kept, so a Spanish edition gets readable anchors too.
 */
export function anchorFor(text: string, prefix = 'faq'): string {
  const words = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return [prefix, ...words].join('-');
}
