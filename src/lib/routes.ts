/**
 * Where each kind of content page lives. A page is named everywhere else (corrections, the
 * changes feed) by its key, `<collection>/<id>`, e.g. `guides/faq`; this is the one place that
 * turns a key into an address.
 */

/** The collections whose entries are pages of their own. */
export const pageCollections = ['modalities', 'comparisons', 'guides', 'pages', 'quiz'] as const;
export type PageCollection = (typeof pageCollections)[number];

const hrefs: Record<PageCollection, (id: string) => string> = {
  modalities: (id) => `/modalities/${id}/`,
  comparisons: (id) => `/compare/${id}/`,
  guides: (id) => `/guides/${id}/`,
  pages: (id) => `/${id}/`,
  // There is one quiz, at /quiz/; its file name is not part of the address.
  quiz: () => '/quiz/',
};

/** A page's address on the site, e.g. `/compare/nmt-vs-deep-tissue/`. */
export function pageHref(collection: PageCollection, id: string): string {
  return hrefs[collection](id);
}

/** A page's key, `<collection>/<id>`. */
export const pageKey = (collection: PageCollection, id: string): string => `${collection}/${id}`;

/** Splits a key into its collection and id, or `undefined` when it names no kind of page. */
export function parsePageKey(key: string): { collection: PageCollection; id: string } | undefined {
  const match = /^([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(key);
  const collection = match?.[1] as PageCollection | undefined;
  return match && collection && pageCollections.includes(collection) ? { collection, id: match[2]! } : undefined;
}

/** The RSS feed of changes: new pages, corrections and fact checks. */
export const FEED_PATH = '/changes.xml';

/** The public list of corrections, newest first. */
export const CORRECTIONS_PATH = '/corrections/';
