/**
 * Embeddable pages are named by a page id: `quiz`, `compare/<slug>` or `modalities/<slug>`.
 * Their addresses come from the route table (src/lib/routes.ts). Pure; shared by the site, the
 * loader and the tests.
 */
import { loaderPath } from '../routes';

/** A valid page id. Anything else is refused (the loader then keeps its fallback link). */
export const PAGE_ID = /^(quiz|(compare|modalities)\/[a-z0-9]+(-[a-z0-9]+)*)$/;

export const isPageId = (value: string): boolean => value.length <= 100 && PAGE_ID.test(value);

/**
 * The clinics' loader's release. A release never changes once published: any change to the
 * built loader needs a new version here (the build fails until it has one; see
 * src/integrations/embed-loader.ts and src/data/loader-releases.json).
 */
export const LOADER_VERSION = '1.2.1';

/** The moving copy, always the newest 1.x release: `v1` is the message protocol's version. */
export const LOADER_PATH = loaderPath('1');

/** This release's immutable copy, which snippets pin with a Subresource Integrity hash. */
export const PINNED_LOADER_PATH = loaderPath(LOADER_VERSION);
