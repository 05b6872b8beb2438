/** Search types: the Pagefind `type` filter each kind of page carries, in the order filters show. */
export const searchTypes = ['Modality', 'Comparison', 'Guide', 'Quiz result', 'Glossary'] as const;
export type SearchType = (typeof searchTypes)[number];

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
