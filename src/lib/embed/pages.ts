/**
 * Embeddable pages are named by a page id: `quiz`, `compare/<slug>` or `modalities/<slug>`.
 * These helpers turn an id into its URLs. Pure; shared by the site, the loader and the tests.
 */

/** A valid page id. Anything else is refused (the loader then keeps its fallback link). */
export const PAGE_ID = /^(quiz|(compare|modalities)\/[a-z0-9]+(-[a-z0-9]+)*)$/;

export const isPageId = (value: string): boolean => value.length <= 100 && PAGE_ID.test(value);

/** The full page on our site: `/compare/x/`. */
export const canonicalPath = (page: string): string => `/${page}/`;

/** The chrome-less embed: `/embed/compare/x/`. */
export const embedPath = (page: string): string => `/embed/${page}/`;

/** The static oEmbed response: `/oembed/compare/x.json`. */
export const oembedPath = (page: string): string => `/oembed/${page}.json`;

/**
 * The clinics' loader's release. A release never changes once published: any change to the
 * built loader needs a new version here (the build fails until it has one; see
 * src/integrations/embed-loader.ts and src/data/loader-releases.json).
 */
export const LOADER_VERSION = '1.2.0';

/** The moving copy, always the newest 1.x release: `v1` is the message protocol's version. */
export const LOADER_PATH = '/embed/v1/embed.js';

/** This release's immutable copy, which snippets pin with a Subresource Integrity hash. */
export const PINNED_LOADER_PATH = `/embed/v${LOADER_VERSION}/embed.js`;
